// History paging when the SDK no longer holds the store's cursor, over the REAL @tencentcloud/lite-chat 4.2.1 and
// the emulator. A kick or a logout resets the SDK's memory of every conversation (its message lists, saved
// roaming positions and completed flags) while the chat's store keeps its messages; after the re-login the
// re-sync fetches the newest page, and getMessageList with the store's cursor (the oldest message it keeps)
// then answers the page behind the NEWEST one (its saved roaming position), not the page before that cursor.
// (A socket drop keeps that memory, and in 3.6.6 getMessageList without a cursor does not clear it for C2C:
// `e||this._isMeInCommunity(a)||this.clearMemMsg(a)` and _isMeInCommunity is true for all but topics.)
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import type { ChatMessage, HistoryPage } from '../../src/customer-service/im/types'
import { loggedInTransport, startEmulator, SDK_APP_ID } from './real-sdk'
import type { Emulator } from './real-sdk'
import { customElem, DESK_ACCOUNT } from './server.mjs'
import type { StoredMessage } from './server.mjs'

const USER = 'u_test'
const CONV = `C2C${DESK_ACCOUNT}`
const TOTAL = 80

let emu: Emulator
let t: TencentTransport

beforeEach(async () => {
  emu = startEmulator()
  t = await loggedInTransport(emu, USER)
  // History only (sent while the user was away), three messages per second: same-second neighbours everywhere.
  const base = Math.floor(Date.now() / 1000) - 1000
  for (let n = 1; n <= TOTAL; n++) emu.server.push(DESK_ACCOUNT, USER, customElem(`{"n":${n}}`), { time: base + Math.floor(n / 3), silent: true })
})

afterEach(async () => {
  await emu.run(t.destroy(), 'destroy').catch(() => undefined)
  const problems = [...emu.server.problems]
  emu.cleanup()
  expect(problems).toEqual([])
})

/** A message as the server logged it: its sequence and time identify it. */
const key = (m: ChatMessage | StoredMessage) => ('sequence' in m ? `${m.sequence}@${m.time}` : `${m.seq}@${m.time}`)
const n = (m: ChatMessage) => (m.body.kind === 'custom' ? JSON.parse(m.body.data).n : 0)
/** The server's log, oldest first, for messages numbered from..to. */
const logged = (from: number, to: number) => emu.server.log.slice(from - 1, to).map(key)
const history = (cursor?: string): Promise<HistoryPage> => emu.run(t.getHistory(CONV, cursor), `history ${cursor ?? 'newest'}`)
const roamBodies = () => emu.server.bodies('openim.getroammsg')

it('the SDK pages its own continuation from getMessageList: one request per page, its MsgKey', async () => {
  const p1 = await history()
  const p2 = await history(p1.nextCursor)
  // lite-chat's getMessageList pages hold 20 (3.6.6: 15).
  expect(p1.messages.map(key)).toEqual(logged(61, 80))
  expect(p2.messages.map(key)).toEqual(logged(41, 60))
  const [first, second] = roamBodies()
  expect(first).toMatchObject({ Peer_Account: DESK_ACCOUNT, MaxCnt: 20, LastMsgTime: 0, MsgKey: '', GetDirection: 0 })
  expect(second.MsgKey).toBe(emu.server.frames.find((f) => f.dir === 'out' && f.servcmd === 'openim.getroammsg')?.body.MsgKey)
  expect(second.MsgKey).not.toBe('')
  // A cursor the SDK still holds, but not its continuation (the store dropped older messages): its memory answers.
  const before = roamBodies().length
  const p = await history(p1.messages[5].id)
  expect(p.messages.map(key)).toEqual(logged(46, 65))
  expect(p.nextCursor).toBe(p.messages[0].id)
  expect(roamBodies()).toHaveLength(before)
})

it.each(['kick', 'logout'])('after a %s, a re-login and the newest page, the oldest held message pages back to the very first, nothing skipped', async (how) => {
  const p1 = await history()
  const p2 = await history(p1.nextCursor)
  const p3 = await history(p2.nextCursor)
  expect([...p3.messages, ...p2.messages, ...p1.messages].map(key)).toEqual(logged(21, 80))
  // Kicked (重新连接) or logged out, then logged in again: the SDK forgot the conversation, the store did not.
  if (how === 'kick') {
    emu.server.kick(USER, 2)
    await emu.settle(1000)
  } else await emu.run(t.logout(), 'logout')
  await emu.run(t.login({ userID: USER, userSig: 'sig-u_test' }), 're-login')
  await emu.settle(1000)
  // The re-sync: the newest page again.
  const again = await history()
  expect(again.messages.map(key)).toEqual(logged(61, 80))

  const oldestHeld = p3.messages[0]
  expect(n(oldestHeld)).toBe(21)
  const asked = roamBodies().length
  // Paged by time from here: 15 a page.
  const first = await history(oldestHeld.id)
  expect(first.messages.map(n)).toEqual(Array.from({ length: 15 }, (_, i) => 6 + i))
  expect(first.messages.map(key)).toEqual(logged(6, 20))
  expect(first.isCompleted).toBe(false)
  expect(first.nextCursor).toBe(first.messages[0].id)

  const pages = [first]
  for (let page = first; !page.isCompleted; ) {
    expect(pages.length).toBeLessThan(10)
    page = await history(page.nextCursor)
    pages.push(page)
  }
  expect(pages.map((p) => p.messages.length)).toEqual([15, 5])
  const back = pages.reverse().flatMap((p) => p.messages)
  expect(back.map(key)).toEqual(logged(1, 20))
  expect(n(back[0])).toBe(1)
  // On the wire: one hop from the second after the cursor's (no MsgKey), then on by time alone, older each time
  // (lite-chat attaches no saved MsgKey; 3.6.6 did).
  const [fresh, ...continued] = roamBodies().slice(asked)
  expect(fresh).toMatchObject({ LastMsgTime: oldestHeld.time + 1, MsgKey: '', GetDirection: 0 })
  expect(continued.length).toBeGreaterThan(0)
  const times = [fresh, ...continued].map((b) => b.LastMsgTime)
  for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThan(times[i - 1])
})

it('getMessageListHopping on the wire: the time and direction, no MsgKey; an older page, oldest first', async () => {
  const chat = emu.sdk.create({ SDKAppID: SDK_APP_ID })
  const at = emu.server.log[39]
  const res = await emu.run(chat.getMessageListHopping({ conversationID: CONV, time: at.time, direction: 0, count: 15 } as Parameters<typeof chat.getMessageListHopping>[0]), 'hopping')
  const body = roamBodies().at(-1)
  // count 15 goes out as MaxCnt 16: lite-chat asks for one more to know whether more remain.
  expect(body).toMatchObject({ Peer_Account: DESK_ACCOUNT, MaxCnt: 16, LastMsgTime: at.time, MsgKey: '', GetDirection: 0 })
  // The emulator includes the given second (see server.mjs): the page ends with the newest message of that second.
  const lastOfSecond = emu.server.log.filter((m) => m.time <= at.time).length
  expect(res.data.messageList.map((m: { sequence: number; time: number }) => `${m.sequence}@${m.time}`)).toEqual(logged(lastOfSecond - 14, lastOfSecond))
  expect(res.data.isCompleted).toBe(false)
  // The time of the one extra message it asked for: the newest not in this page (3.6.6: the oldest in it).
  expect(res.data.nextMessageTime).toBe(emu.server.log[lastOfSecond - 16].time)
})
