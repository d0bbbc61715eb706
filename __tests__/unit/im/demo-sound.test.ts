// Voice in the demo desk: the agent sends one playable voice message once in seat, and the user's
// recording is echoed playable (its temp file) and acknowledged.
import { AGENT } from '../../../src/customer-service/im/demo/content'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { demoToneWav } from '../../../src/customer-service/im/demo/demo-sound'
import type { ChatMessage } from '../../../src/customer-service/im/types'

const ACCOUNT = '@customer_service_account'

let desk: DemoDesk
let received: ChatMessage[]
const objectUrls: Blob[] = []

beforeEach(async () => {
  // jsdom has no object URLs: record what the demo hands the player.
  URL.createObjectURL = (b: Blob) => `blob:http://localhost/${objectUrls.push(b)}`
  desk = new DemoDesk({ pace: 0 })
  received = []
  desk.on('received', (l) => received.push(...l))
  await desk.login({ userID: 'u1', userSig: '' })
})
afterEach(() => desk.destroy())

async function idle() {
  for (let i = 0; i < 400 && !desk.idle; i++) await new Promise((r) => setTimeout(r, 5))
  expect(desk.idle).toBe(true)
}

const sounds = () => received.filter((m) => m.body.kind === 'sound')

describe('demo voice', () => {
  it('no voice from the bot; after 人工服务 the agent sends exactly one playable voice message', async () => {
    await desk.sendText(ACCOUNT, '随便问问')
    await idle()
    expect(sounds()).toHaveLength(0)
    await desk.sendText(ACCOUNT, '人工服务')
    await idle()
    expect(sounds()).toEqual([expect.objectContaining({ flow: 'in', nick: AGENT.nick, cloudCustomData: JSON.stringify({ role: 'seat' }), body: { kind: 'sound', url: 'blob:http://localhost/1', duration: 2, size: 12844 } })])
    // After the greeting, so it reads as the agent's.
    const greeting = received.findIndex((m) => m.body.kind === 'text' && m.body.text.includes(AGENT.nick))
    expect(received.indexOf(sounds()[0])).toBeGreaterThan(greeting)
    expect(objectUrls[0].type).toBe('audio/wav')
    expect(desk.serverLog(ACCOUNT).filter((m) => m.body.kind === 'sound')).toHaveLength(1)
  })

  it("the user's recording is echoed playable (its temp file, whole seconds) and acknowledged", async () => {
    await desk.sendText(ACCOUNT, '人工服务')
    await idle()
    const progress: number[] = []
    const sent = await desk.sendSound(ACCOUNT, { tempFilePath: 'http://tmp/rec.mp3', duration: 2600, fileSize: 4100 }, { onProgress: (_m, p) => progress.push(p) })
    expect(sent).toMatchObject({ flow: 'out', status: 'sent', body: { kind: 'sound', url: 'http://tmp/rec.mp3', duration: 3, size: 4100 } })
    expect(progress[progress.length - 1]).toBe(1)
    const from = received.length
    await idle()
    expect(received.slice(from).some((m) => m.body.kind === 'text' && m.body.text.includes('收到您的语音') && m.nick === AGENT.nick)).toBe(true)
  })

  it('a failed voice send keeps the message, and resend delivers it', async () => {
    desk.setFaults({ dropSend: 1 })
    const err = await desk.sendSound(ACCOUNT, { tempFilePath: 'http://tmp/r.mp3', duration: 1200, fileSize: 900 }).catch((e) => e)
    expect(err.failedMessage).toMatchObject({ status: 'failed', body: { kind: 'sound', url: 'http://tmp/r.mp3' } })
    desk.setFaults({ dropSend: 0 })
    await expect(desk.resend(err.failedMessage.id)).resolves.toMatchObject({ status: 'sent', body: { kind: 'sound' } })
  })

  it('the generated clip is a valid 8 kHz 8-bit mono WAV, quiet, of 1.6 s', () => {
    const wav = new DataView(demoToneWav())
    const text = (at: number, n: number) => String.fromCharCode(...new Uint8Array(wav.buffer, at, n))
    expect([text(0, 4), text(8, 4), text(12, 4), text(36, 4)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data'])
    expect([wav.getUint16(22, true), wav.getUint32(24, true), wav.getUint16(34, true)]).toEqual([1, 8000, 8])
    expect(wav.getUint32(40, true)).toBe(12800)
    expect(wav.byteLength).toBe(44 + 12800)
    const samples = new Uint8Array(wav.buffer, 44)
    expect(Math.max(...samples)).toBeLessThanOrEqual(168)
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(88)
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(60)
  })
})
