// The Tencent adapter against a fake SDK object.
import { TencentTransport } from '../../../src/customer-service/im/tencent/adapter'
import type { SdkNamespace } from '../../../src/customer-service/im/tencent/adapter'
import type { ChatMessage, KickReason, SendFailure } from '../../../src/customer-service/im/types'
import { EVENT, FakeChat, sdkMessage, TYPES } from './fake-sdk'

function setup(options: { uploadPlugin?: unknown } = {}) {
  const chat = new FakeChat()
  const sdk = { create: () => chat, EVENT, TYPES } as unknown as SdkNamespace
  const transport = new TencentTransport({ SDKAppID: 1400000001, sdk, ...options })
  return { chat, transport }
}

describe('TencentTransport', () => {
  it('registers every listener before login, and destroy() removes them all', async () => {
    const { chat, transport } = setup()
    await transport.login({ userID: 'u1', userSig: 'sig' })
    const firstLogin = chat.calls.indexOf('login:u1')
    expect(chat.calls.slice(0, firstLogin).filter((c) => c.startsWith('on:'))).toHaveLength(8)
    const received: ChatMessage[][] = []
    transport.on('received', (l) => received.push(l))
    await transport.destroy()
    expect(chat.listenerCount).toBe(0)
    expect(chat.calls).toContain('destroy')
    chat.fire(EVENT.MESSAGE_RECEIVED, [sdkMessage()])
    expect(received).toEqual([])
  })

  it('hands over plain messages, never SDK objects', () => {
    const { chat, transport } = setup()
    const got: ChatMessage[][] = []
    transport.on('received', (l) => got.push(l))
    chat.fire(EVENT.MESSAGE_RECEIVED, [
      sdkMessage({ payload: { text: '你好' }, nick: '小腾' }),
      sdkMessage({ type: 'TIMImageElem', payload: { imageInfoArray: [{ type: 0, url: 'o.png', width: 10, height: 20 }, { type: 2, url: 't.png' }] } }),
      sdkMessage({ type: 'TIMFaceElem', payload: {} })
    ])
    const [list] = got
    expect(list.map((m) => m.body)).toEqual([
      { kind: 'text', text: '你好' },
      { kind: 'image', url: 'o.png', thumbUrl: 't.png', width: 10, height: 20 },
      { kind: 'unknown', type: 'TIMFaceElem' }
    ])
    expect(list[0].nick).toBe('小腾')
    expect(Object.values(list[0]).some((v) => typeof v === 'function')).toBe(false)
    expect(JSON.parse(JSON.stringify(list))).toEqual(list)
  })

  it.each<[string, KickReason]>([
    ['multipleAccount', 'multipleAccount'],
    ['multipleDevice', 'multipleDevice'],
    ['userSigExpired', 'userSigExpired'],
    ['REST_API_Kick', 'REST_API_Kick'],
    ['somethingNew', 'unknown']
  ])('maps KICKED_OUT %s', (type, reason) => {
    const { chat, transport } = setup()
    const kicks: KickReason[] = []
    transport.on('kicked', (k) => kicks.push(k))
    chat.fire(EVENT.KICKED_OUT, { type })
    expect(kicks).toEqual([reason])
  })

  it('reports net state and SDK readiness', () => {
    const { chat, transport } = setup()
    const seen: string[] = []
    transport.on('netState', (s) => seen.push(s))
    transport.on('ready', () => seen.push('ready'))
    chat.fire(EVENT.NET_STATE_CHANGE, { state: 'connecting' })
    chat.fire(EVENT.NET_STATE_CHANGE, { state: 'connected' })
    chat.fire(EVENT.SDK_READY, undefined)
    chat.fire(EVENT.NET_STATE_CHANGE, { state: 'weird' })
    expect(seen).toEqual(['connecting', 'connected', 'ready', 'disconnected'])
  })

  it('maps login failures: expired sig is retryable, an invalid one is not', async () => {
    const { chat, transport } = setup()
    chat.loginResult = Promise.reject({ code: 70001, message: 'userSig expired' })
    await expect(transport.login({ userID: 'u1', userSig: 'x' })).rejects.toMatchObject({ reason: 'sigExpired', retryable: true, code: 70001 })
    chat.loginResult = Promise.reject({ code: 70009, message: 'bad sig eJwtzEELgjAYxvHv8p5DtrnN6aFDRRQZQWSdo73GS5jDzQyi7' })
    const err = await transport.login({ userID: 'u1', userSig: 'x' }).catch((e) => e)
    expect(err).toMatchObject({ reason: 'sigInvalid', retryable: false })
    expect(err.detail).not.toContain('eJwtzEELgjAYxvHv8p5DtrnN6aFDRRQZQWSdo73GS5jDzQyi7')
  })

  it('sends text: created (sending) first, then sent; onlineUserOnly passes through', async () => {
    const { chat, transport } = setup()
    const created: ChatMessage[] = []
    const sent = await transport.sendText('@cs', 'hello', { onCreated: (m) => created.push(m), onlineUserOnly: true, cloudCustomData: '{"a":1}' })
    expect(created[0]).toMatchObject({ status: 'sending', body: { kind: 'text', text: 'hello' }, to: '@cs' })
    expect(sent).toMatchObject({ id: created[0].id, status: 'sent' })
    expect(chat.calls).toContain(`send:${sent.id}:{"onlineUserOnly":true}`)
    expect(chat.lastCreateOptions).toMatchObject({ to: '@cs', conversationType: 'C2C', cloudCustomData: '{"a":1}' })
  })

  it('a failed send rejects with a retryable error carrying the failed message; resend reuses the original', async () => {
    const { chat, transport } = setup()
    chat.sendResult = () => Promise.reject({ code: 2801, message: 'timeout' })
    const failure: SendFailure = await transport.sendCustom('@cs', '{"src":"7"}').catch((e) => e)
    expect(failure).toMatchObject({ reason: 'network', retryable: true, code: 2801 })
    expect(failure.failedMessage?.status).toBe('failed')
    chat.sendResult = (m) => Promise.resolve({ data: { message: { ...m, status: 'success', sequence: 42 } } })
    const again = await transport.resend(failure.failedMessage!.id)
    expect(again).toMatchObject({ id: failure.failedMessage!.id, status: 'sent', sequence: 42 })
    expect(chat.calls).toContain(`resend:${again.id}`)
  })

  it('before SDK_READY the SDK hands back a rejected promise: reported as not ready', async () => {
    const { chat, transport } = setup()
    chat.createResult = () => Promise.reject({ code: 2999, message: 'sdk not ready' })
    await expect(transport.sendText('@cs', 'x')).rejects.toMatchObject({ reason: 'notReady', retryable: true })
  })

  it('images need the upload plugin; with it, progress is reported', async () => {
    await expect(setup().transport.sendImage('@cs', {})).rejects.toMatchObject({ reason: 'noUploadPlugin', code: 2040 })
    const plugin = function TIMUploadPlugin() {}
    const { chat, transport } = setup({ uploadPlugin: plugin })
    expect(chat.plugins['tim-upload-plugin']).toBe(plugin)
    const progress: number[] = []
    chat.sendResult = (m) => {
      chat.lastCreateOptions.onProgress(0.5)
      chat.lastCreateOptions.onProgress(1)
      return Promise.resolve({ data: { message: m } })
    }
    await transport.sendImage('@cs', { tempFilePath: 'a.png' }, { onProgress: (_m, p) => progress.push(p) })
    expect(progress).toEqual([0.5, 1])
    expect(chat.lastCreateOptions.payload).toEqual({ file: { tempFilePath: 'a.png' } })
  })

  it('history pages: newest first, cursor, completion', async () => {
    const { chat, transport } = setup()
    const older = sdkMessage({ payload: { text: 'old' }, flow: 'out' })
    chat.history = { messageList: [older], nextReqMessageID: older.ID, isCompleted: false }
    const page = await transport.getHistory('C2C@cs')
    expect(page).toMatchObject({ nextCursor: older.ID, isCompleted: false })
    expect(page.messages[0].body).toEqual({ kind: 'text', text: 'old' })
    await transport.getHistory('C2C@cs', older.ID)
    expect(chat.calls).toContain(`history:C2C@cs:${older.ID}`)
    await transport.revoke(older.ID)
    expect(chat.calls).toContain(`revoke:${older.ID}`)
    await expect(transport.revoke('nope')).rejects.toMatchObject({ reason: 'notFound' })
    // Incoming messages are not kept (only own ones can be recalled or resent): memory stays flat.
    const incoming = sdkMessage({ flow: 'in' })
    chat.fire(EVENT.MESSAGE_RECEIVED, [incoming])
    await expect(transport.revoke(incoming.ID)).rejects.toMatchObject({ reason: 'notFound' })
  })

  it('profile update sends only what is set', async () => {
    const { chat, transport } = setup()
    await transport.updateProfile({ nick: '小明' })
    await transport.updateProfile({})
    expect(chat.calls.filter((c) => c.startsWith('profile:'))).toEqual(['profile:{"nick":"小明"}'])
  })
})
