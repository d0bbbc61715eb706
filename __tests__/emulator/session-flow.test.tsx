// The chat session over the REAL @tencentcloud/lite-chat 4.2.1 and the emulator: what the user's chat does,
// seen in the store and on the wire — open, start message, welcome, a typed question, a streamed answer,
// a kick, reconnect, close; and closing in the awkward moments (after a refused login, while the page reopens).
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import type { LaunchParams } from '../../src/customer-service/launch/types'
import { CS_EVENTS } from '../../src/customer-service/launch/events'
import { createSession } from '../../src/customer-service/session/create'
import type { ChatStore } from '../../src/customer-service/store/chat-store'
import type { ListItem } from '../../src/customer-service/store/state'
import { launchParamsFor } from '../builders/launch'
import { incomingById } from '../conformance/corpus'
import { SDK_APP_ID, emulatorPerTest } from './real-sdk'
import type { Emulator } from './real-sdk'
import { DESK_ACCOUNT } from './server.mjs'

const USER = 'u_test'
const SIG = 'sig-u_test'

let emu: Emulator

function deskParams(overrides: Partial<LaunchParams> = {}): LaunchParams {
  return launchParamsFor({ mode: 'desk', SDKAppID: SDK_APP_ID, userSig: SIG, userID: USER, ...overrides })
}

function open(overrides: Partial<LaunchParams> = {}) {
  const transport = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
  const hostEvents: string[] = []
  const made = createSession(deskParams(overrides), (event) => hostEvents.push(event), transport)
  return { ...made, transport, hostEvents }
}

function rows(store: ChatStore): ListItem[] {
  const s = store.getState()
  return s.conversations[s.current].messages
}

function findRow(store: ChatStore, match: (m: ListItem) => boolean): ListItem | undefined {
  return rows(store).find(match)
}

const isText = (text: string) => (m: ListItem) => m.body.kind === 'text' && m.body.text === text

/** The Desk messages the user's chat sent, in order, as parsed custom data or text. */
function sentToDesk(): { data?: any; text?: string; lifeTime?: number }[] {
  return emu.server.bodies('openim.sendmsg').map((b) => {
    const [elem] = b.MsgBody
    const out: { data?: any; text?: string; lifeTime?: number } = { lifeTime: b.MsgLifeTime }
    if (elem.MsgType === 'TIMCustomElem') out.data = JSON.parse(elem.MsgContent.Data)
    else out.text = elem.MsgContent.Text
    return out
  })
}

const current = emulatorPerTest()
beforeEach(() => {
  emu = current()
})

/**
 * A user reads for a moment after each login. The SDK (3.6.6) leaks its 1 s "not logged in" interval when it is
 * logged out less than a second after a login (ChannelModule.reset() overwrites the handle its first check
 * would have cleared), so a close within that second would leave a timer that is the SDK's, not the chat's.
 */
const READ_MS = 2_000

/** After stop(): no socket left open, nobody online, no SDK timer still scheduled. */
async function expectClosed() {
  await emu.settle(60_000)
  expect(emu.server.connections().filter((c) => !c.closed)).toEqual([])
  expect(emu.server.isOnline(USER)).toBe(false)
  expect(jest.getTimerCount()).toBe(0)
}

describe('a desk chat over the real SDK', () => {
  it('open → src 7 → welcome → typed text → streamed answer → kicked → reconnect → close', async () => {
    const { store, session } = open()
    await emu.run(session.start(), 'start')
    await emu.settle(READ_MS)
    expect(store.getState()).toMatchObject({ connection: 'connected', ready: true })

    // The start message, online only (MsgLifeTime 0), exactly as the kits send it — and not shown.
    expect(sentToDesk()).toEqual([{ data: { src: '7', customerServicePlugin: 0, triggeredContent: { language: 'zh' } }, lifeTime: 0 }])
    expect(emu.server.bodies('openim.sendmsg')[0]).toMatchObject({ From_Account: USER, To_Account: DESK_ACCOUNT })
    expect(rows(store)).toEqual([])

    // The desk answers with its welcome card (a corpus fixture).
    const welcome = emu.desk.sendFixture(USER, incomingById('29-welcome').message)
    await emu.until(() => rows(store).length === 1, 'welcome in the store')
    expect(rows(store)[0]).toMatchObject({ flow: 'in', from: DESK_ACCOUNT, sequence: welcome.seq, view: { kind: 'welcome', title: '猜你想问' } })

    // A typed question goes out as plain text and is settled as sent with the server's sequence.
    await emu.run(session.sendText('  我想退款  '), 'send text')
    expect(sentToDesk()[1]).toMatchObject({ text: '我想退款' })
    const stored = emu.server.log[emu.server.log.length - 1]
    expect(findRow(store, isText('我想退款'))).toMatchObject({ flow: 'out', status: 'sent', sequence: stored.seq })

    // The AI answer streams in by modifications: one row that grows, then finishes.
    const seen: string[] = []
    const unsub = store.subscribe(() => {
      const row = findRow(store, (m) => m.view.kind === 'stream')
      if (row?.view.kind === 'stream' && seen[seen.length - 1] !== row.view.markdown) seen.push(row.view.markdown)
    })
    const s = emu.desk.stream(USER, '您好，')
    await emu.until(() => seen.length === 1, 'stream start')
    s.next('退款一般')
    await emu.until(() => seen.length === 2, 'chunk 2')
    s.next(' 1-3 天到账')
    await emu.until(() => seen.length === 3, 'chunk 3')
    s.finish()
    await emu.until(() => findRow(store, (m) => m.view.kind === 'stream' && m.view.finished) !== undefined, 'finished')
    unsub()
    expect(seen).toEqual(['您好，', '您好，退款一般', '您好，退款一般 1-3 天到账'])
    expect(rows(store).filter((m) => m.view.kind === 'stream')).toHaveLength(1)
    expect(findRow(store, (m) => m.view.kind === 'stream')?.view).toEqual({ kind: 'stream', markdown: '您好，退款一般 1-3 天到账', finished: true })

    // Logged in elsewhere: the chat says so and stays put.
    emu.server.kick(USER, 2)
    await emu.until(() => store.getState().connection === 'kicked', 'kicked')
    expect(store.getState().kicked).toBe('multipleDevice')

    // The user asks to reconnect: a fresh login (with the userSig) on the wire, and the chat works again.
    const logins = emu.server.bodies('im_open_status.wslogin').length
    await emu.run(session.reconnect(), 'reconnect')
    await emu.settle(READ_MS)
    expect(store.getState()).toMatchObject({ connection: 'connected', ready: true })
    expect(store.getState().kicked).toBeUndefined()
    expect(store.getState().fatal).toBeUndefined()
    const relogins = emu.server.frames.filter((f) => f.dir === 'in' && f.servcmd === 'im_open_status.wslogin').slice(logins)
    expect(relogins.map((f) => f.head.usersig)).toEqual([SIG])
    emu.desk.sendText(USER, '欢迎回来')
    await emu.until(() => findRow(store, isText('欢迎回来')) !== undefined, 'push after reconnect')
    // No duplicate rows from the re-sync, and the start message was not sent a second time.
    expect(new Set(rows(store).map((m) => m.id)).size).toBe(rows(store).length)
    expect(sentToDesk().filter((w) => w.data?.src === '7')).toHaveLength(1)
    await emu.run(session.sendText('还在吗'), 'send after reconnect')
    expect(findRow(store, isText('还在吗'))?.status).toBe('sent')

    // Closing resolves, logs out, and leaves nothing behind.
    await expect(emu.run(session.stop(), 'stop')).resolves.toBeUndefined()
    expect(emu.server.commands()).toContain('im_open_status.wslogout')
    await expectClosed()
  })

  it('closing after a refused login (70009) resolves; the chat shows why', async () => {
    const { store, session, hostEvents } = open({ userSig: 'forged' })
    await emu.run(session.start(), 'start')
    expect(store.getState().fatal).toMatchObject({ code: 70009, reason: 'sigInvalid', retryable: false })
    expect(hostEvents).toContain(CS_EVENTS.error)
    expect(emu.server.bodies('openim.sendmsg')).toEqual([])
    await expect(emu.run(session.stop(), 'stop')).resolves.toBeUndefined()
    await expectClosed()
  })

  it('closing while kicked resolves', async () => {
    const { store, session } = open()
    await emu.run(session.start(), 'start')
    await emu.settle(READ_MS)
    emu.server.kick(USER, 1)
    await emu.until(() => store.getState().kicked === 'multipleAccount', 'kicked')
    await expect(emu.run(session.stop(), 'stop')).resolves.toBeUndefined()
    await expectClosed()
  })

  // FAILS on src as of f0210b9: ChatSession.everConnected is only set by a netState 'connected', which the real
  // SDK never emits for a login (the demo desk and the fake SDK did). See the report for the fix.
  it('network lost and back: the chat says it is disconnected (not connecting) and re-syncs once back', async () => {
    const { store, session, transport } = open()
    await emu.run(session.start(), 'start')
    await emu.settle(READ_MS)
    const states: string[] = []
    store.subscribe((s, prev) => {
      if (s.connection !== prev.connection) states.push(s.connection)
    })
    const history = jest.spyOn(transport, 'getHistory')
    emu.env.setOnline(false)
    emu.server.drop(USER)
    await emu.until(() => store.getState().connection === 'disconnected', 'disconnected', 60_000)
    emu.env.setOnline(true)
    await emu.until(() => store.getState().connection === 'connected', 'connected again', 120_000)
    await emu.settle(5_000)
    // lite-chat reports a lost network as disconnected (网络已断开，恢复后将自动重连) and, once back, connected with no
    // connecting between; never the first "connecting" again…
    expect(states).toEqual(['disconnected', 'connected'])
    // …and the newest page is fetched again for anything the desk sent meanwhile.
    expect(history).toHaveBeenCalled()
    emu.desk.sendText(USER, '又连上了')
    await emu.until(() => findRow(store, isText('又连上了')) !== undefined, 'push after the network is back')
    await emu.run(session.stop(), 'stop')
    await expectClosed()
  })

  // FAIL on src as of f0210b9: the shared instance's login is still in flight when the second transport calls
  // login(), and the real SDK refuses a login while one is pending with 2025 (REPEAT_LOGIN) — the second chat
  // shows the fatal screen. See the report for the fix.
  it('two chats for one SDKAppID opened at once: both connect', async () => {
    const a = open()
    const b = open()
    await emu.run(Promise.all([a.session.start(), b.session.start()]), 'both start')
    await emu.settle(READ_MS)
    for (const chat of [a, b]) {
      expect(chat.store.getState().fatal).toBeUndefined()
      expect(chat.store.getState()).toMatchObject({ connection: 'connected', ready: true })
    }
    emu.desk.sendText(USER, '两个都收到')
    await emu.until(() => [a, b].every((chat) => findRow(chat.store, isText('两个都收到'))), 'push to both')
    await emu.run(Promise.all([a.session.stop(), b.session.stop()]), 'stop both')
    await expectClosed()
  })

  it('a page opened, closed and reopened at once (its login still in flight): the new page connects', async () => {
    const a = open()
    // Not awaited, as the page does not: stopped while waiting for SDK_READY, it is left unsettled on purpose.
    void a.session.start()
    const b = open()
    const stopA = a.session.stop()
    const startB = b.session.start()
    await emu.run(Promise.all([stopA, startB]), 'A closes mid-login, B opens')
    await emu.settle(READ_MS)
    expect(b.store.getState().fatal).toBeUndefined()
    expect(b.store.getState()).toMatchObject({ connection: 'connected', ready: true })
    emu.desk.sendText(USER, '给新页面')
    await emu.until(() => findRow(b.store, isText('给新页面')) !== undefined, 'push to B')
    await emu.run(b.session.stop(), 'stop B')
    await expectClosed()
  })

  it.each([
    ['the new page’s transport exists before the old page closes', true],
    ['the old page closes before the new page’s transport exists', false]
  ])('a page closed and reopened at once (%s): the new one stays connected and receives', async (_name, newFirst) => {
    const a = open()
    await emu.run(a.session.start(), 'start A')
    await emu.settle(READ_MS)
    a.hostEvents.length = 0
    let b!: ReturnType<typeof open>
    if (newFirst) b = open()
    const stopA = a.session.stop()
    if (!newFirst) b = open()
    const startB = b.session.start()
    await emu.run(Promise.all([stopA, startB]), 'A closes, B opens')
    await emu.settle(5_000)

    expect(b.store.getState()).toMatchObject({ connection: 'connected', ready: true })
    expect(b.store.getState().fatal).toBeUndefined()
    expect(emu.server.isOnline(USER)).toBe(true)
    emu.desk.sendText(USER, '给新页面')
    await emu.until(() => findRow(b.store, isText('给新页面')) !== undefined, 'push to B')
    // The closed page heard nothing of it.
    expect(findRow(a.store, isText('给新页面'))).toBeUndefined()
    await emu.run(b.session.sendText('新页面发的'), 'send B')
    expect(findRow(b.store, isText('新页面发的'))?.status).toBe('sent')
    // B opened its own chat: its start message went out.
    expect(sentToDesk().filter((w) => w.data?.src === '7')).toHaveLength(2)

    await expect(emu.run(b.session.stop(), 'stop B')).resolves.toBeUndefined()
    await expectClosed()
  })
})
