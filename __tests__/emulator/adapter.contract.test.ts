// Contract of the Tencent adapter over the REAL @tencentcloud/lite-chat 4.2.1 and the emulator server:
// every ChatTransport method and event, seen from both ends (what the adapter hands over, and the
// frames the server got).
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import type { ChatError, ChatMessage, ConnectionState, KickReason, SendFailure, TransportEvents } from '../../src/customer-service/im/types'
import { bodyOf, incomingById } from '../conformance/corpus'
import { startEmulator, SDK_APP_ID } from './real-sdk'
import type { Emulator } from './real-sdk'
import { customElem, DESK_ACCOUNT, textElem } from './server.mjs'

const USER = 'u_test'
const SIG = 'sig-u_test'
const CONV = `C2C${DESK_ACCOUNT}`

let emu: Emulator
const transports: TencentTransport[] = []

interface Recorded {
  ready: number
  notReady: number
  received: ChatMessage[]
  modified: ChatMessage[]
  revoked: ChatMessage[]
  netState: ConnectionState[]
  kicked: KickReason[]
  error: ChatError[]
}

function record(t: TencentTransport): Recorded {
  const r: Recorded = { ready: 0, notReady: 0, received: [], modified: [], revoked: [], netState: [], kicked: [], error: [] }
  t.on('ready', () => (r.ready += 1))
  t.on('notReady', () => (r.notReady += 1))
  t.on('received', (l) => r.received.push(...l))
  t.on('modified', (l) => r.modified.push(...l))
  t.on('revoked', (l) => r.revoked.push(...l))
  t.on('netState', (s) => r.netState.push(s))
  t.on('kicked', (k) => r.kicked.push(k))
  t.on('error', (e: TransportEvents['error']) => r.error.push(e))
  return r
}

function transport() {
  const t = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
  transports.push(t)
  return t
}

async function open() {
  const t = transport()
  const ev = record(t)
  await emu.run(t.login({ userID: USER, userSig: SIG }), 'login')
  await emu.until(() => ev.ready > 0, 'ready')
  return { t, ev }
}

async function rejection(p: Promise<unknown>, what = 'call'): Promise<any> {
  try {
    await emu.run(p, what)
  } catch (err) {
    return err
  }
  throw new Error(`${what} resolved, expected a rejection`)
}

beforeEach(() => {
  emu = startEmulator()
})

afterEach(async () => {
  // Closing must never throw at the caller; a rejection here is reported by the destroy tests.
  for (const t of transports.splice(0)) await emu.run(t.destroy(), 'destroy').catch(() => undefined)
  const problems = [...emu.server.problems]
  emu.cleanup()
  expect(problems).toEqual([])
})

describe('login', () => {
  it('1 logs in over the socket and emits ready after the boot commands', async () => {
    const { ev } = await open()
    expect(ev.ready).toBe(1)
    const cmds = emu.server.commands()
    expect(cmds[0]).toBe('im_open_status.wslogin')
    expect(cmds).toEqual(expect.arrayContaining(['profile.portrait_get_all', 'recentcontact.page_get', 'openim.getmsg']))
    const login = emu.server.frames.find((f) => f.servcmd === 'im_open_status.wslogin')
    expect(login?.head).toMatchObject({ identifier: USER, usersig: SIG, sdkappid: SDK_APP_ID })
    expect(emu.server.isOnline(USER)).toBe(true)
  })

  it('2 an expired userSig (70001) rejects as sigExpired, retryable; no ready', async () => {
    emu.server.addUser(USER, { userSig: SIG, expired: true })
    const t = transport()
    const ev = record(t)
    const err = await rejection(t.login({ userID: USER, userSig: SIG }), 'login')
    expect(err).toMatchObject({ code: 70001, reason: 'sigExpired', retryable: true })
    expect(ev.ready).toBe(0)
  })

  it('3 an invalid userSig (70009) rejects as sigInvalid, not retryable', async () => {
    const t = transport()
    const err = await rejection(t.login({ userID: USER, userSig: 'forged' }), 'login')
    expect(err).toMatchObject({ code: 70009, reason: 'sigInvalid', retryable: false })
    expect(JSON.stringify(err)).not.toContain('forged')
  })

  it('4 an unanswered login fails after the SDK’s 90 s timeout (fake time: milliseconds)', async () => {
    emu.server.hold('im_open_status.wslogin')
    const started = Date.now()
    const t = transport()
    const err = await rejection(t.login({ userID: USER, userSig: SIG }), 'login timeout')
    expect(Date.now() - started).toBeGreaterThanOrEqual(90_000)
    expect(err).toMatchObject({ reason: expect.any(String) })
    expect(err.code).toBe(2801)
  })
})

describe('profile and sending', () => {
  it('5 updateProfile puts nick and avatar on the wire; an empty profile sends nothing', async () => {
    const { t } = await open()
    await emu.run(t.updateProfile({ nick: '小明', avatar: 'https://a.example/a.png' }))
    const [body] = emu.server.bodies('profile.portrait_set')
    // lite-chat's item keys are lower case (see server.mjs).
    expect(body.ProfileItem).toEqual(expect.arrayContaining([{ tag: 'Tag_Profile_IM_Nick', value: '小明' }, { tag: 'Tag_Profile_IM_Image', value: 'https://a.example/a.png' }]))
    await emu.run(t.updateProfile({}))
    expect(emu.server.bodies('profile.portrait_set')).toHaveLength(1)
    expect(emu.server.users.get(USER)?.nick).toBe('小明')
    expect(emu.server.users.get(USER)?.avatar).toBe('https://a.example/a.png')
  })

  it('6 sendText: onCreated first (sending), then the server’s time and sequence (sent)', async () => {
    const { t } = await open()
    const created: ChatMessage[] = []
    emu.server.addUser(DESK_ACCOUNT, { nick: '智能客服' })
    await emu.settle(5_000)
    const sent = await emu.run(t.sendText(DESK_ACCOUNT, '你好', { onCreated: (m) => created.push(m) }))
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({ status: 'sending', flow: 'out', body: { kind: 'text', text: '你好' } })
    const [body] = emu.server.bodies('openim.sendmsg')
    expect(body).toMatchObject({ From_Account: USER, To_Account: DESK_ACCOUNT, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '你好' } }] })
    const stored = emu.server.log[emu.server.log.length - 1]
    expect(sent).toMatchObject({ id: created[0].id, status: 'sent', sequence: stored.seq, time: stored.time, conversationId: CONV, from: USER, to: DESK_ACCOUNT })
    expect(stored.time).toBe(Math.floor(Date.now() / 1000))
  })

  it('7 cloudCustomData reaches the wire and comes back on the message', async () => {
    const { t } = await open()
    const sent = await emu.run(t.sendText(DESK_ACCOUNT, 'q', { cloudCustomData: '{"k":1}' }))
    expect(emu.server.bodies('openim.sendmsg')[0].CloudCustomData).toBe('{"k":1}')
    expect(sent.cloudCustomData).toBe('{"k":1}')
  })

  it('8 sendCustom with onlineUserOnly: MsgLifeTime 0 on the wire, not kept in history', async () => {
    const { t } = await open()
    const data = JSON.stringify({ src: '7', customerServicePlugin: 0 })
    const sent = await emu.run(t.sendCustom(DESK_ACCOUNT, data, { onlineUserOnly: true }))
    const [body] = emu.server.bodies('openim.sendmsg')
    expect(body.MsgLifeTime).toBe(0)
    expect(body.MsgBody).toEqual([{ MsgType: 'TIMCustomElem', MsgContent: expect.objectContaining({ Data: data }) }])
    expect(sent.body).toMatchObject({ kind: 'custom', data })
    expect(emu.server.log[0].onlineOnly).toBe(true)
    // A normal custom message has no MsgLifeTime 0.
    await emu.run(t.sendCustom(DESK_ACCOUNT, '{"src":"24"}'))
    expect(emu.server.bodies('openim.sendmsg')[1].MsgLifeTime).not.toBe(0)
  })

  it('9 sendImage: pre-signed upload through the rich-media plugin, progress 0…1, image element on the wire', async () => {
    const { t } = await open()
    const file = emu.server.addFile('wxfile://tmp/photo.png', { size: 4096, width: 640, height: 480 })
    const progress: number[] = []
    const sent = await emu.run(t.sendImage(DESK_ACCOUNT, file, { onProgress: (_m, p) => progress.push(p) }), 'image')
    expect(emu.server.commands()).toContain('im_cos_msg.simple_sig')
    expect(emu.server.uploads).toHaveLength(1)
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true)
    expect(progress[progress.length - 1]).toBe(1)
    const [body] = emu.server.bodies('openim.sendmsg')
    expect(body.MsgBody[0].MsgType).toBe('TIMImageElem')
    expect(sent.body).toMatchObject({ kind: 'image' })
    expect(emu.server.commands()).toContain('im_cos_msg.get_imageinfo')
    const infos = body.MsgBody[0].MsgContent.ImageInfoArray as { Type: number; URL: string }[]
    expect(infos.map((i) => i.Type)).toEqual([1, 2, 3])
    for (const i of infos) expect(i.URL).toContain('https://cos.emulator.invalid/')
    // The real SDK keeps the local file on the sender's own message (the wire carries the COS URLs).
    expect(sent.body).toMatchObject({ kind: 'image', url: 'wxfile://tmp/photo.png' })
    expect(sent.status).toBe('sent')
  })

  it('10 a send the server refuses rejects with a SendFailure carrying the failed message; resend delivers it', async () => {
    const { t } = await open()
    emu.server.failNext('openim.sendmsg', 80001, 'emulator: dirty words')
    const err: SendFailure = await rejection(t.sendText(DESK_ACCOUNT, 'bad'), 'send')
    expect(err.code).toBe(80001)
    expect(err.reason).toBe('sendFailed')
    expect(err.failedMessage).toMatchObject({ status: 'failed', body: { kind: 'text', text: 'bad' } })
    const id = err.failedMessage!.id
    const created: ChatMessage[] = []
    const again = await emu.run(t.resend(id, { onCreated: (m) => created.push(m) }), 'resend')
    expect(created[0]).toMatchObject({ id, status: 'sending' })
    expect(again).toMatchObject({ id, status: 'sent' })
    expect(again.sequence).toBeGreaterThan(0)
    expect(emu.server.bodies('openim.sendmsg')).toHaveLength(2)
    await expect(emu.run(t.resend('nope'))).rejects.toMatchObject({ reason: 'notFound' })
  })

  it('11 sending before login rejects (real SDK: 2024 notLoggedIn) without touching the wire', async () => {
    const t = transport()
    const err = await rejection(t.sendText(DESK_ACCOUNT, 'early'), 'early send')
    expect(err).toMatchObject({ code: 2024, reason: 'notLoggedIn' })
    expect(emu.server.bodies('openim.sendmsg')).toHaveLength(0)
  })
})

describe('revoke', () => {
  it('12 revoke(own) sends msgwithdraw with the message keys; the server marks it revoked', async () => {
    const { t } = await open()
    const sent = await emu.run(t.sendText(DESK_ACCOUNT, 'oops'))
    await emu.run(t.revoke(sent.id), 'revoke')
    const [body] = emu.server.bodies('openim.msgwithdraw')
    const stored = emu.server.log[0]
    expect(body.MsgInfo).toMatchObject({ From_Account: USER, To_Account: DESK_ACCOUNT, MsgSeq: stored.seq, MsgRandom: stored.random })
    expect(stored.revoked).toBe(true)
    await expect(emu.run(t.revoke('unknown-id'))).rejects.toMatchObject({ reason: 'notFound' })
  })

  it('13 revoke after the time limit rejects as revokeTooLate (server error 20016)', async () => {
    const { t } = await open()
    const sent = await emu.run(t.sendText(DESK_ACCOUNT, 'old'))
    await emu.settle(121_000)
    const err = await rejection(t.revoke(sent.id), 'late revoke')
    expect(err).toMatchObject({ code: 20016, reason: 'revokeTooLate' })
  })

  it('14 a revoke pushed by the desk emits revoked with isRevoked', async () => {
    const { ev } = await open()
    const m = emu.desk.sendText(USER, 'wrong answer')
    await emu.until(() => ev.received.length === 1, 'received')
    emu.server.revoke(m)
    await emu.until(() => ev.revoked.length === 1, 'revoked')
    expect(ev.revoked[0]).toMatchObject({ id: ev.received[0].id, isRevoked: true, sequence: m.seq })
  })
})

describe('incoming', () => {
  it('15 a desk push arrives as received: plain data, from the desk, server time and sequence', async () => {
    const { ev } = await open()
    const m = emu.desk.sendText(USER, '您好，有什么可以帮您？')
    await emu.until(() => ev.received.length === 1, 'received')
    const got = ev.received[0]
    expect(got).toMatchObject({ from: DESK_ACCOUNT, to: USER, flow: 'in', conversationId: CONV, sequence: m.seq, time: m.time, status: 'sent', body: { kind: 'text', text: '您好，有什么可以帮您？' } })
    expect(JSON.parse(JSON.stringify(got))).toEqual(got)
  })

  it('16 a corpus fixture (src 31 stream) arrives with its exact body', async () => {
    const fixture = incomingById('31-stream-array')
    const { ev } = await open()
    emu.desk.sendFixture(USER, fixture.message)
    await emu.until(() => ev.received.length === 1, 'received')
    expect(ev.received[0].body).toEqual(bodyOf(fixture))
  })

  it('17 every incoming corpus fixture crosses the real SDK unchanged', async () => {
    const { incoming } = await import('../conformance/corpus')
    const { ev } = await open()
    const fromDesk = incoming.filter((f) => f.message.flow !== 'out')
    for (const f of fromDesk) emu.desk.sendFixture(USER, f.message)
    await emu.until(() => ev.received.length === fromDesk.length, 'all fixtures')
    expect(ev.received.map((m) => m.body)).toEqual(fromDesk.map((f) => bodyOf(f)))
    for (const [i, f] of fromDesk.entries()) if (f.message.cloudCustomData) expect(ev.received[i].cloudCustomData).toBe(f.message.cloudCustomData)
  })

  it('18 an AI answer streamed by modifications: modified events in version order, text grows', async () => {
    const { ev } = await open()
    const s = emu.desk.stream(USER, '您好，')
    await emu.until(() => ev.received.length === 1, 'stream start')
    s.next('退款一般')
    s.next(' 1-3 天到账')
    s.finish()
    await emu.until(() => ev.modified.length === 3, 'modifications')
    const datas = ev.modified.map((m) => (m.body.kind === 'custom' ? JSON.parse(m.body.data) : null))
    expect(datas.map((d) => d.chunks.join(''))).toEqual(['您好，退款一般', '您好，退款一般 1-3 天到账', '您好，退款一般 1-3 天到账'])
    expect(datas.map((d) => d.isFinished)).toEqual([0, 0, 1])
    expect(new Set(ev.modified.map((m) => m.id))).toEqual(new Set([ev.received[0].id]))
    expect(s.message.version).toBe(3)
  })

  it('19 a modification of a message the SDK never saw is dropped (no modified event)', async () => {
    const { ev } = await open()
    const m = emu.server.push(DESK_ACCOUNT, USER, textElem('x'), { silent: true })
    emu.server.modify(m, textElem('y'))
    await emu.settle(1000)
    expect(ev.modified).toEqual([])
  })
})

describe('history and read', () => {
  it('20 getHistory pages 20 at a time (lite-chat; 3.6.6: 15), ascending, with a cursor until isCompleted', async () => {
    const { t } = await open()
    // History only (as if sent while the user was away).
    for (let i = 1; i <= 25; i++) emu.server.push(DESK_ACCOUNT, USER, customElem(`{"n":${i}}`), { time: Math.floor(Date.now() / 1000) - 1000 + i, silent: true })
    const first = await emu.run(t.getHistory(CONV), 'history 1')
    expect(first.messages).toHaveLength(20)
    expect(first.isCompleted).toBe(false)
    expect(first.nextCursor).toBeTruthy()
    const n = (m: ChatMessage) => (m.body.kind === 'custom' ? JSON.parse(m.body.data).n : 0)
    expect(first.messages.map(n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6))
    const second = await emu.run(t.getHistory(CONV, first.nextCursor), 'history 2')
    expect(second.messages.map(n)).toEqual([1, 2, 3, 4, 5])
    expect(second.isCompleted).toBe(true)
    expect(emu.server.bodies('openim.getroammsg')[0]).toMatchObject({ Peer_Account: DESK_ACCOUNT, MaxCnt: 20 })
  })

  it('21 markRead reports the conversation read (msgreaded)', async () => {
    const { t, ev } = await open()
    emu.desk.sendText(USER, 'unread')
    await emu.until(() => ev.received.length === 1)
    await emu.run(t.markRead(CONV), 'markRead')
    const [body] = emu.server.bodies('openim.msgreaded')
    expect(JSON.stringify(body)).toContain(DESK_ACCOUNT)
  })
})

describe('connection', () => {
  it('22 a dropped socket: netState disconnected → connected, re-login with the A2 key, pushes resume', async () => {
    const { ev } = await open()
    await emu.settle(5_000)
    const logins = emu.server.bodies('im_open_status.wslogin').length
    emu.server.drop(USER)
    await emu.until(() => ev.netState.includes('connected'), 'reconnected', 60_000)
    // lite-chat reports the drop as 'disconnected' and reconnects at once, with no 'connecting' between (3.6.6: connecting, connected).
    expect(ev.netState).toEqual(['disconnected', 'connected'])
    // …trying its first host once more, then the next of its list.
    expect(emu.server.connections().map((c) => c.host)).toEqual([`${SDK_APP_ID}w4c.my-imcloud.com`, `${SDK_APP_ID}w4c.my-imcloud.com`, 'wss.im.qcloud.com'])
    const relogins = emu.server.frames.filter((f) => f.dir === 'in' && f.servcmd === 'im_open_status.wslogin').slice(logins)
    expect(relogins.length).toBeGreaterThanOrEqual(1)
    expect(relogins[0].head).toMatchObject({ a2: expect.any(String), tinyid: expect.anything() })
    emu.desk.sendText(USER, 'after reconnect')
    await emu.until(() => ev.received.some((m) => m.body.kind === 'text' && m.body.text === 'after reconnect'), 'push after reconnect')
  })

  it.each<[1 | 2 | 3, KickReason]>([
    [1, 'multipleAccount'],
    [2, 'multipleDevice'],
    [3, 'REST_API_Kick']
  ])('23 kick type %i → kicked %s, on the wire as KickoutMsgNotify; a login afterwards reaches the server', async (type, reason) => {
    const { t, ev } = await open()
    emu.server.kick(USER, type)
    await emu.until(() => ev.kicked.length === 1, 'kicked')
    expect(ev.kicked).toEqual([reason])
    // lite-chat stays logged in after a REST API kick: without the adapter's logout this login is a repeatLogin
    // that never reaches the server, and the chat would say it is ready over a closed socket.
    const logins = emu.server.bodies('im_open_status.wslogin').length
    await emu.run(t.login({ userID: USER, userSig: SIG }), 're-login')
    await emu.until(() => emu.server.isOnline(USER), 'online again')
    expect(emu.server.bodies('im_open_status.wslogin').length).toBe(logins + 1)
    emu.desk.sendText(USER, 'after the kick')
    await emu.until(() => ev.received.some((m) => m.body.kind === 'text' && m.body.text === 'after the kick'), 'push after re-login')
  })

  it('24 logout sends wslogout and leaves the server offline', async () => {
    const { t } = await open()
    await emu.run(t.logout(), 'logout')
    expect(emu.server.commands()).toContain('im_open_status.wslogout')
    expect(emu.server.isOnline(USER)).toBe(false)
  })

  it('25 destroy removes every listener: a later push reaches nobody', async () => {
    const { t, ev } = await open()
    await emu.run(t.destroy(), 'destroy')
    emu.desk.sendText(USER, 'late')
    await emu.settle(1000)
    expect(ev.received).toEqual([])
  })
})

describe('known bugs (expected FIXED behaviour)', () => {
  it('26a destroy() resolves after a failed login', async () => {
    const t = transport()
    await rejection(t.login({ userID: USER, userSig: 'forged' }), 'login')
    await expect(emu.run(t.destroy(), 'destroy')).resolves.toBeUndefined()
  })

  it('26b destroy() resolves after a kick', async () => {
    const { t, ev } = await open()
    emu.server.kick(USER, 2)
    await emu.until(() => ev.kicked.length === 1)
    await expect(emu.run(t.destroy(), 'destroy')).resolves.toBeUndefined()
  })

  it('26c destroy() resolves after logout()', async () => {
    const { t } = await open()
    await emu.run(t.logout())
    await expect(emu.run(t.destroy(), 'destroy')).resolves.toBeUndefined()
  })

  it('27 two transports for one SDKAppID: create B, destroy A — B stays logged in and keeps receiving', async () => {
    const a = await open()
    const b = transport()
    const evB = record(b)
    await emu.run(b.login({ userID: USER, userSig: SIG }), 'login B').catch(() => undefined)
    await emu.run(a.t.destroy(), 'destroy A').catch(() => undefined)
    await emu.settle(2_000)
    expect(emu.server.isOnline(USER)).toBe(true)
    emu.desk.sendText(USER, 'for B')
    await emu.until(() => evB.received.length > 0, 'push to B', 10_000).catch(() => undefined)
    expect(evB.received.map((m) => m.body)).toEqual([{ kind: 'text', text: 'for B' }])
    const sent = await emu.run(b.sendText(DESK_ACCOUNT, 'from B'), 'send B')
    expect(sent.status).toBe('sent')
  })
})
