// Voice messages over the REAL @tencentcloud/lite-chat 4.2.1 and its rich-media plugin, answered by the emulator:
// the recorder's file is uploaded to the pre-signed URL and a TIMSoundElem with that URL, its length and size
// goes on the wire; a failed upload leaves a failed message that resend delivers.
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import { createSession } from '../../src/customer-service/session/create'
import { launchParamsFor } from '../builders/launch'
import type { ChatMessage, SendFailure, SoundSource } from '../../src/customer-service/im/types'
import { emulatorPerTest, loggedInTransport, SDK_APP_ID } from './real-sdk'
import { DESK_ACCOUNT } from './server.mjs'

const emulator = emulatorPerTest()

async function open() {
  const emu = emulator()
  const t = await loggedInTransport(emu)
  return { emu, t }
}

/** What RecorderManager's onStop hands over, for a file the simulated wx can upload. */
function recording(path: string, durationMs: number, size: number): SoundSource {
  emulator().server.addFile(path, { size })
  return { tempFilePath: path, duration: durationMs, fileSize: size }
}

describe('sendSound over the real SDK', () => {
  it('uploads the recording and sends a TIMSoundElem carrying the uploaded URL, seconds and size', async () => {
    const { emu, t } = await open()
    const created: ChatMessage[] = []
    const progress: number[] = []
    const sound = recording('wxfile://tmp/voice.mp3', 3200, 5120)
    const sent = await emu.run(t.sendSound(DESK_ACCOUNT, sound, { onCreated: (m) => created.push(m), onProgress: (_m, p) => progress.push(p) }), 'sound')
    expect(created[0]).toMatchObject({ status: 'sending', body: { kind: 'sound' } })
    expect(emu.server.uploads).toEqual([expect.objectContaining({ filePath: 'wxfile://tmp/voice.mp3' })])
    expect(progress[progress.length - 1]).toBe(1)
    const [body] = emu.server.bodies('openim.sendmsg')
    expect(body.MsgBody).toHaveLength(1)
    expect(body.MsgBody[0].MsgType).toBe('TIMSoundElem')
    const content = body.MsgBody[0].MsgContent
    expect(content.Url).toBe(emu.server.uploads[0].url)
    expect(content.Url).toMatch(/^https:\/\/cos\.emulator\.invalid\/.+voice\.mp3$/)
    expect(content).toMatchObject({ Size: 5120 })
    expect(content).toMatchObject({ Second: 3 })
    // The sender's own copy keeps the local file to play (the wire and, later, history carry the COS URL).
    expect(sent).toMatchObject({ status: 'sent', body: { kind: 'sound', url: 'wxfile://tmp/voice.mp3', duration: 3, size: 5120 } })
  })

  it('a failed upload rejects with the failed voice message (nothing on the wire); resend uploads and delivers it', async () => {
    const { emu, t } = await open()
    emu.server.failNextUpload()
    const sound = recording('wxfile://tmp/lost.mp3', 2000, 3000)
    const failure: SendFailure = await emu.run(t.sendSound(DESK_ACCOUNT, sound), 'sound').catch((e) => e)
    expect(failure).toMatchObject({ reason: 'uploadFailed', retryable: true })
    expect(failure.failedMessage).toMatchObject({ status: 'failed', body: { kind: 'sound' } })
    expect(emu.server.bodies('openim.sendmsg')).toHaveLength(0)
    const again = await emu.run(t.resend(failure.failedMessage!.id), 'resend')
    expect(again).toMatchObject({ id: failure.failedMessage!.id, status: 'sent', body: { kind: 'sound' } })
    const [body] = emu.server.bodies('openim.sendmsg')
    expect(emu.server.uploads).toHaveLength(1)
    expect(body.MsgBody[0]).toMatchObject({ MsgType: 'TIMSoundElem', MsgContent: { Size: 3000, Second: 2 } })
    expect(body.MsgBody[0].MsgContent.Url).toMatch(/^https:\/\/cos\.emulator\.invalid\/.+lost\.mp3$/)
  })

  it("an agent's voice message arrives as a sound body with the COS URL and its length", async () => {
    const { emu, t } = await open()
    const received: ChatMessage[] = []
    t.on('received', (l) => received.push(...l))
    const Url = 'https://cos.emulator.invalid/agent/hello.mp3'
    emu.server.push(DESK_ACCOUNT, 'u_test', { MsgType: 'TIMSoundElem', MsgContent: { Url, UUID: 'agent-hello', Second: 4, Size: 6400, Download_Flag: 2 } })
    await emu.until(() => received.length > 0, 'voice')
    expect(received[0]).toMatchObject({ flow: 'in', body: { kind: 'sound', url: Url, duration: 4, size: 6400 } })
  })

  it('without the rich-media plugin it refuses at once (noUploadPlugin) and uploads nothing', async () => {
    const emu = emulator()
    const t = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins.filter((p) => p !== emu.richMedia) })
    await expect(t.sendSound(DESK_ACCOUNT, { tempFilePath: 'wxfile://x.mp3', duration: 1500, fileSize: 10 })).rejects.toMatchObject({ reason: 'noUploadPlugin' })
    expect(emu.server.uploads).toHaveLength(0)
    await t.destroy()
  })
})

describe('a voice message in the chat session over the real SDK', () => {
  it('a failed upload stays in the list as a failed voice message with a notice; 重发 sends it, once', async () => {
    const emu = emulator()
    const transport = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
    const params = launchParamsFor({ mode: 'desk', SDKAppID: SDK_APP_ID, userSig: 'sig-u_test', userID: 'u_test' })
    const { store, session } = createSession(params, () => undefined, transport)
    await emu.run(session.start(), 'start')
    await emu.settle(2_000)
    const rows = () => store.getState().conversations[DESK_ACCOUNT].messages.filter((m) => m.body.kind === 'sound')
    emu.server.failNextUpload()
    const ok = await emu.run(session.sendSound(recording('wxfile://tmp/kept.mp3', 5000, 8000)), 'sound')
    expect(ok).toBe(false)
    expect(rows()).toEqual([expect.objectContaining({ flow: 'out', status: 'failed', body: expect.objectContaining({ kind: 'sound', duration: 5 }) })])
    // lite-chat reports a failed upload with the storage's HTTP status (the emulator answers 500): retryable, said as an upload failure.
    expect(store.getState().notice).toMatchObject({ code: 500, reason: 'uploadFailed', retryable: true })
    expect(emu.server.bodies('openim.sendmsg').some((b) => b.MsgBody[0].MsgType === 'TIMSoundElem')).toBe(false)

    expect(await emu.run(session.resend(rows()[0].id), 'resend')).toBe(true)
    expect(rows()).toEqual([expect.objectContaining({ status: 'sent' })])
    const sounds = emu.server.bodies('openim.sendmsg').filter((b) => b.MsgBody[0].MsgType === 'TIMSoundElem')
    expect(sounds).toHaveLength(1)
    expect(sounds[0].MsgBody[0].MsgContent).toMatchObject({ Second: 5, Size: 8000 })
    await emu.run(session.stop(), 'stop')
  })
})
