// The Tencent adapter against the fake SDK (matched to the real one: see fake-sdk.ts). The real SDK's own
// contract runs in __tests__/emulator/adapter.contract.test.ts.
import { TencentTransport } from '../../../src/customer-service/im/tencent/adapter'
import type { ChatMessage, KickReason, SendFailure } from '../../../src/customer-service/im/types'
import { EVENT, fakeSdk, nextTask, NOT_LOGGED_IN, RICH_MEDIA, sdkMessage } from './fake-sdk'

const APP = 1400000001

function setup(options: { plugins?: unknown[] } = {}) {
  const { sdk, made } = fakeSdk()
  const transport = new TencentTransport({ SDKAppID: APP, sdk, ...options })
  return { chat: made[0], transport, sdk, made }
}

/** Logged in and past SDK_READY, as a chat is once it shows. */
async function loggedIn(options: { plugins?: unknown[] } = {}) {
  const s = setup(options)
  let ready = false
  s.transport.on('ready', () => (ready = true))
  await s.transport.login({ userID: 'u1', userSig: 'sig' })
  await nextTask()
  expect(ready).toBe(true)
  return s
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
      sdkMessage({ type: 'TIMGroupTipElem', payload: {} })
    ])
    const [list] = got
    expect(list.map((m) => m.body)).toEqual([
      { kind: 'text', text: '你好' },
      { kind: 'image', url: 'o.png', thumbUrl: 't.png', width: 10, height: 20 },
      { kind: 'unknown', type: 'TIMGroupTipElem' }
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
    chat.loginError = { code: 70001, message: 'userSig expired' }
    await expect(transport.login({ userID: 'u1', userSig: 'x' })).rejects.toMatchObject({ reason: 'sigExpired', retryable: true, code: 70001 })
    chat.loginError = { code: 70009, message: 'bad sig eJwtzEELgjAYxvHv8p5DtrnN6aFDRRQZQWSdo73GS5jDzQyi7' }
    const err = await transport.login({ userID: 'u1', userSig: 'x' }).catch((e) => e)
    expect(err).toMatchObject({ reason: 'sigInvalid', retryable: false })
    expect(err.detail).not.toContain('eJwtzEELgjAYxvHv8p5DtrnN6aFDRRQZQWSdo73GS5jDzQyi7')
  })

  it('sends text: created (sending) first, then sent; onlineUserOnly passes through', async () => {
    const { chat, transport } = await loggedIn()
    const created: ChatMessage[] = []
    const sent = await transport.sendText('@cs', 'hello', { onCreated: (m) => created.push(m), onlineUserOnly: true, cloudCustomData: '{"a":1}' })
    expect(created[0]).toMatchObject({ status: 'sending', body: { kind: 'text', text: 'hello' }, to: '@cs' })
    expect(sent).toMatchObject({ id: created[0].id, status: 'sent' })
    expect(chat.calls).toContain(`send:${sent.id}:{"onlineUserOnly":true}`)
    expect(chat.lastCreateOptions).toMatchObject({ to: '@cs', conversationType: 'C2C', cloudCustomData: '{"a":1}' })
  })

  it('a failed send rejects with a retryable error carrying the failed message; resend reuses the original', async () => {
    const { chat, transport } = await loggedIn()
    chat.sendResult = () => Promise.reject({ code: 2801, message: 'timeout' })
    const failure: SendFailure = await transport.sendCustom('@cs', '{"src":"7"}').catch((e) => e)
    expect(failure).toMatchObject({ reason: 'network', retryable: true, code: 2801 })
    expect(failure.failedMessage?.status).toBe('failed')
    chat.sendResult = (m) => Promise.resolve({ data: { message: { ...m, status: 'success', sequence: 42 } } })
    const again = await transport.resend(failure.failedMessage!.id)
    expect(again).toMatchObject({ id: failure.failedMessage!.id, status: 'sent', sequence: 42 })
    expect(chat.calls).toContain(`resend:${again.id}`)
  })

  it('sending before login rejects as notLoggedIn (2024), retryable, with the message marked failed', async () => {
    const { transport } = setup()
    const created: ChatMessage[] = []
    const failure: SendFailure = await transport.sendText('@cs', 'x', { onCreated: (m) => created.push(m) }).catch((e) => e)
    expect(failure).toMatchObject({ code: NOT_LOGGED_IN, reason: 'notLoggedIn', retryable: true })
    expect(failure.failedMessage).toMatchObject({ id: created[0].id, status: 'failed', body: { kind: 'text', text: 'x' } })
  })

  it('images need the rich-media plugin (installed with use() on creation); with it, progress is reported', async () => {
    await expect(setup().transport.sendImage('@cs', {})).rejects.toMatchObject({ reason: 'noUploadPlugin', code: 2040 })
    const other = { name: 'Conversation' }
    const { chat, transport } = await loggedIn({ plugins: [other, RICH_MEDIA] })
    expect(chat.plugins).toEqual([other, RICH_MEDIA])
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

  it('voice messages need the rich-media plugin too; the recording goes to createAudioMessage as payload.file, with progress', async () => {
    const recording = { tempFilePath: 'wxfile://tmp/v.mp3', duration: 2400, fileSize: 4000 }
    await expect(setup({ plugins: [{ name: 'Conversation' }] }).transport.sendSound('@cs', recording)).rejects.toMatchObject({ reason: 'noUploadPlugin', code: 2040 })
    const { chat, transport } = await loggedIn({ plugins: [RICH_MEDIA] })
    const progress: number[] = []
    chat.sendResult = (m) => {
      chat.lastCreateOptions.onProgress(0.4)
      chat.lastCreateOptions.onProgress(7)
      return Promise.resolve({ data: { message: m } })
    }
    const sent = await transport.sendSound('@cs', recording, { onProgress: (_m, p) => progress.push(p), cloudCustomData: '{"q":1}' })
    expect(progress).toEqual([0.4, 1])
    expect(chat.lastCreateOptions).toMatchObject({ to: '@cs', conversationType: 'C2C', cloudCustomData: '{"q":1}', payload: { file: recording } })
    expect(sent.body.kind).toBe('sound')
    // A failed upload fails the send; the message stays resendable.
    chat.sendResult = () => Promise.reject({ code: 2040, message: 'upload failed' })
    const failure: SendFailure = await transport.sendSound('@cs', recording).catch((e) => e)
    expect(failure.failedMessage).toMatchObject({ status: 'failed', body: { kind: 'sound' } })
    chat.sendResult = (m) => Promise.resolve({ data: { message: { ...m, status: 'success' } } })
    await expect(transport.resend(failure.failedMessage!.id)).resolves.toMatchObject({ status: 'sent', body: { kind: 'sound' } })
  })

  it('history pages: newest first, cursor, completion', async () => {
    const { chat, transport } = await loggedIn()
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
    const { chat, transport } = await loggedIn()
    await transport.updateProfile({ nick: '小明' })
    await transport.updateProfile({})
    expect(chat.calls.filter((c) => c.startsWith('profile:'))).toEqual(['profile:{"nick":"小明"}'])
  })
})

describe('closing (the SDK rejects logout and destroy with 2024 when not logged in)', () => {
  it('logout() when not logged in rejects as notLoggedIn; destroy() still resolves and frees the instance', async () => {
    const { chat, transport, sdk } = setup()
    await expect(transport.logout()).rejects.toMatchObject({ code: NOT_LOGGED_IN, reason: 'notLoggedIn' })
    await expect(transport.destroy()).resolves.toBeUndefined()
    expect(chat.calls).toContain('destroy')
    expect(sdk.create({ SDKAppID: APP })).not.toBe(chat)
  })

  it('destroy() resolves after a refused login', async () => {
    const { chat, transport } = setup()
    chat.loginError = { code: 70009, message: 'invalid' }
    await expect(transport.login({ userID: 'u1', userSig: 'x' })).rejects.toMatchObject({ reason: 'sigInvalid' })
    await expect(transport.destroy()).resolves.toBeUndefined()
  })

  it('destroy() resolves after a kick (the kick logged the SDK out)', async () => {
    const { chat, transport } = await loggedIn()
    const kicks: KickReason[] = []
    transport.on('kicked', (k) => kicks.push(k))
    chat.kick('multipleDevice')
    expect(kicks).toEqual(['multipleDevice'])
    await expect(transport.logout()).rejects.toMatchObject({ code: NOT_LOGGED_IN })
    await expect(transport.destroy()).resolves.toBeUndefined()
  })

  it('destroy() after logout() resolves; a destroyed transport refuses to log in', async () => {
    const { chat, transport } = await loggedIn()
    await transport.logout()
    await expect(transport.destroy()).resolves.toBeUndefined()
    expect(chat.calls.filter((c) => c === 'logout' || c === 'destroy')).toEqual(['logout', 'destroy'])
    await expect(transport.login({ userID: 'u1', userSig: 'sig' })).rejects.toMatchObject({ reason: 'notReady' })
  })
})

describe('one SDK instance per SDKAppID', () => {
  it('two transports for one app share it; another app gets its own', () => {
    const { sdk, made } = setup()
    const more = [new TencentTransport({ SDKAppID: APP, sdk }), new TencentTransport({ SDKAppID: APP + 1, sdk })]
    expect(more).toHaveLength(2)
    expect(made).toHaveLength(2)
    // Both transports of the first app listen on its one instance.
    expect(made[0].listenerCount).toBe(16)
    expect(made[1].listenerCount).toBe(8)
  })

  it('a second login of the same user is repeatLogin: no second SDK_READY, the second transport is told it is ready', async () => {
    const { sdk, made, transport: first } = await loggedIn()
    let sdkReadies = 0
    made[0].on(EVENT.SDK_READY, () => (sdkReadies += 1))
    const second = new TencentTransport({ SDKAppID: APP, sdk })
    let ready = 0
    let firstReady = 0
    second.on('ready', () => (ready += 1))
    first.on('ready', () => (firstReady += 1))
    await second.login({ userID: 'u1', userSig: 'sig' })
    await nextTask()
    expect(ready).toBe(1)
    expect(firstReady).toBe(0)
    expect(sdkReadies).toBe(0)
    expect(made[0].calls.filter((c) => c.startsWith('login:'))).toEqual(['login:u1', 'login:u1'])
  })
})
