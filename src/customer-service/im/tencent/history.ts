// History pages over the SDK (@tencentcloud/lite-chat 4.2.1 with its message-enhancer plugin, C2C).
//
// getMessageList pages from the SDK's memory of the conversation; a cursor that memory does not hold (after a
// kick or a logout the SDK forgets every list while the chat's store keeps its messages) is NOT paged before:
// the SDK continues from its own saved roaming position (behind the newest page it fetched), or from the
// newest when it has none. So a cursor the SDK's list does not hold is paged by time with
// getMessageListHopping (direction 0, older), from the time of the cursor message, which this pager
// remembers for the messages the transport adopted. A page may repeat one the chat already shows (it dedupes).
// lite-chat sends NO MsgKey with a time (message-enhancer's getRoamingMessagesByAnchor uses its saved one only
// when no time is given), so a hop can only say "at or before this second": when one brings nothing new (more
// than count + 1 messages in one second), the oldest of that second are asked from the other side (direction
// 1) and paging goes on one second earlier. Up to 2 x PAGE messages of one second are reached this way.
import type { ChatSDK, Message } from '@tencentcloud/lite-chat/basic'

/** Messages per time-paged (hop) page. lite-chat's getMessageList pages hold 20; pages may differ in length. */
export const PAGE = 15
/** Message times remembered, newest kept: enough for any list the chat keeps. */
const TIMES_KEPT = 5000
/** Hops one page may take (a hop can come back short). */
const MAX_HOPS = 4

export interface SdkHistoryPage {
  messageList: Message[]
  nextCursor?: string
  isCompleted: boolean
}

/** Where time paging of a conversation stands: the cursor handed out, fetched messages older than it, the SDK's continuation. */
interface Hop {
  cursor: string
  rest: Message[]
  /** The second to ask next (by time alone: lite-chat sends no MsgKey with it). */
  time?: number
  done: boolean
  /** Every message ID this paging fetched: a hop that brings none new must not stall it. */
  seen: Set<string>
}

export class HistoryPager {
  private readonly times = new Map<string, number>()
  /** Message objects that came from getMessageListHopping (the SDK keeps them apart from its lists). */
  private readonly hopped = new WeakSet<object>()
  private readonly hops = new Map<string, Hop>()

  /** Remembers when messages were sent (the time a cursor pages from). */
  remember(messages: readonly Message[]): void {
    for (const m of messages) {
      if (!m || typeof m.ID !== 'string' || !(Number(m.time) > 0)) continue
      this.times.delete(m.ID)
      this.times.set(m.ID, Number(m.time))
    }
    while (this.times.size > TIMES_KEPT) this.times.delete(this.times.keys().next().value as string)
  }

  async page(chat: ChatSDK, conversationID: string, cursor?: string, fresh = false): Promise<SdkHistoryPage> {
    // A fake or an SDK without these: its own paging, as before.
    if (typeof chat.getMessageListHopping !== 'function' || typeof chat.findMessage !== 'function') return list(chat, conversationID, cursor)
    // The server's newest page: getMessageList would answer from the SDK's memory, which misses what came while
    // the socket was down beyond the last page of the SDK's own sync (it emits only that page).
    if (!cursor && fresh) return this.newest(chat, conversationID)
    if (!cursor) return list(chat, conversationID, cursor)
    const found = held(chat, cursor)
    // In the SDK's list: its memory and saved roaming position page before it (cheaper, cached).
    if (found && !this.hopped.has(found)) return list(chat, conversationID, cursor)
    const hop = this.hops.get(conversationID)
    if (hop && hop.cursor === cursor && (hop.time || hop.done)) return this.older(chat, conversationID, cursor, hop.rest, hop.time, hop.done, hop.seen)
    const time = Number(found?.time) || this.times.get(cursor)
    // Never seen (cannot happen for a cursor this transport handed out or showed): the SDK's own paging.
    if (!time) return list(chat, conversationID, cursor)
    // One second later: the cursor's own second is covered whether the server includes the given second or not.
    const first = await this.hop(chat, conversationID, time + 1)
    const seen = new Set([cursor, ...first.list.map((m) => m.ID)])
    return this.older(chat, conversationID, cursor, olderThan(first.list, cursor, time), first.time, first.done, seen)
  }

  /** The newest page from the server: one hop older than a bound past now, then paged on by time like any cursor. */
  private async newest(chat: ChatSDK, conversationID: string): Promise<SdkHistoryPage> {
    // lite-chat 4.2.1 has no getServerTime (its typings still list it), and a device clock may be far behind:
    // a day past it, then. Only messages at or before the bound come back, and the count limits the page.
    const now = (typeof chat.getServerTime === 'function' && Number(chat.getServerTime())) || Math.floor(Date.now() / 1000)
    const first = await this.hop(chat, conversationID, Math.floor(now) + 86_400)
    return this.older(chat, conversationID, '', first.list, first.time, first.done, new Set(first.list.map((m) => m.ID)))
  }

  /** A page of the newest PAGE messages of `have` (older than the cursor), hopping on while it is short. */
  private async older(chat: ChatSDK, conversationID: string, cursor: string, have: Message[], time: number | undefined, done: boolean, seen: Set<string>): Promise<SdkHistoryPage> {
    let older = have
    for (let i = 0; older.length < PAGE && !done && time && i < MAX_HOPS; i++) {
      const next = await this.hop(chat, conversationID, time)
      const fresh = next.list.filter((m) => !seen.has(m.ID))
      if (!fresh.length && !next.done) {
        // The same newest count + 1 of this second again: its oldest from the other side, then the second before.
        const side = await this.hop(chat, conversationID, time, 1)
        fresh.push(...side.list.filter((m) => Number(m.time) === time && !seen.has(m.ID)))
        next.time = time - 1
      }
      for (const m of fresh) seen.add(m.ID)
      older = [...fresh, ...older]
      ;({ time, done } = next)
    }
    const page = older.slice(-PAGE)
    const rest = older.slice(0, Math.max(0, older.length - PAGE))
    // Done when the server says so, or when hopping (and stepping back) found nothing older.
    const isCompleted = rest.length === 0 && (done || page.length === 0)
    const nextCursor = page.length ? page[0].ID : cursor
    if (isCompleted) this.hops.delete(conversationID)
    else this.hops.set(conversationID, { cursor: nextCursor, rest, time, done, seen })
    return { messageList: page, nextCursor: isCompleted ? undefined : nextCursor, isCompleted }
  }

  /** One getMessageListHopping page at `time`: direction 0 at or before it, 1 at or after it (oldest first). */
  private async hop(chat: ChatSDK, conversationID: string, time: number, direction = 0) {
    // The typings leave out `count`, which the SDK reads (it asks the server for one more, to know if more remain,
    // and drops that one: the oldest for direction 0, the newest for 1).
    const res = await chat.getMessageListHopping({ conversationID, time, direction, count: PAGE } as Parameters<ChatSDK['getMessageListHopping']>[0])
    const data = res?.data || {}
    const got: Message[] = Array.isArray(data.messageList) ? data.messageList.filter(Boolean) : []
    // Oldest first, as getMessageList (3.6.6 keeps the server's order, which is oldest first).
    if (got.length > 1 && got[0].time > got[got.length - 1].time) got.reverse()
    for (const m of got) this.hopped.add(m)
    this.remember(got)
    const done = !!data.isCompleted
    return { list: got, done, time: done ? undefined : Number(data.nextMessageTime) || undefined }
  }
}

/** The pager of a chat instance: shared by every transport on it, as the SDK's saved hopping keys are. */
const pagers = new WeakMap<object, HistoryPager>()
export function pagerOf(chat: ChatSDK): HistoryPager {
  let pager = pagers.get(chat)
  if (!pager) pagers.set(chat, (pager = new HistoryPager()))
  return pager
}

async function list(chat: ChatSDK, conversationID: string, cursor?: string): Promise<SdkHistoryPage> {
  const res = await chat.getMessageList(cursor ? { conversationID, nextReqMessageID: cursor } : { conversationID })
  const data = res?.data || {}
  const messageList: Message[] = Array.isArray(data.messageList) ? data.messageList : []
  pagerOf(chat).remember(messageList)
  return { messageList, nextCursor: data.nextReqMessageID || undefined, isCompleted: !!data.isCompleted }
}

/** The SDK's own copy of a message (its lists, then its hopping results), if it has one. */
function held(chat: ChatSDK, id: string): Message | undefined {
  const m = chat.findMessage(id) as unknown
  // Before SDK_READY its API wrapper hands back a rejected promise instead.
  if (m && typeof (m as PromiseLike<unknown>).then === 'function') {
    ;(m as Promise<unknown>).catch(() => undefined)
    return undefined
  }
  return (m as Message | null) || undefined
}

/** The messages of a hop page older than the cursor: before it in the page's order, and not from a later second. */
function olderThan(page: Message[], cursor: string, time: number): Message[] {
  const at = page.findIndex((m) => m.ID === cursor)
  return (at >= 0 ? page.slice(0, at) : page).filter((m) => m.time <= time)
}
