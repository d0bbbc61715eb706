// The memory bound of a conversation. While the user follows the newest messages, only the newest MEMORY_WINDOW
// are held: older ones are dropped and paged back from history (both transports page before a message id — the
// Tencent adapter by time when the SDK no longer holds it, im/tencent/history.ts — so the cursor becomes the
// oldest kept message). What dropped messages did to the session state stays folded in
// `evicted`, so state never has to be re-derived from messages no longer held. Pure.
import type { ChatMessage } from '../im/types'
import { compareItems } from './messages'
import { applyEffects } from './session'
import type { ConversationState, ListItem, SessionState } from './state'
import { emptySession } from './state'

/** Messages from the server held per conversation while the user reads the newest ones (a few screens of bubbles). */
export const MEMORY_WINDOW = 300
/**
 * Dropped in batches, down to this: each message then costs O(1) amortised, and the rows on screen change their
 * position in the list (their order in the weapp slots) once per batch, not on every new message.
 */
export const EVICT_TO = MEMORY_WINDOW - 60

type Key = Pick<ChatMessage, 'time' | 'sequence' | 'id'>

/** Only here, not on the server (sending, failed): history cannot bring it back, so it is never dropped. */
const localOnly = (m: ListItem) => m.status === 'sending' || m.status === 'failed'

/** The oldest held message history pages back from; undefined when the list holds none. */
function oldestOnServer(list: readonly ListItem[]): ListItem | undefined {
  return list.find((m) => !localOnly(m))
}

/**
 * Live messages the list must not take: while history is incomplete, one older than the oldest held message (a
 * late duplicate or reordered delivery of a dropped message) would show at the top, above a gap; history brings
 * it back in its place.
 */
export function behindHistory(c: ConversationState, incoming: ChatMessage[]): ChatMessage[] {
  if (!c.historyLoaded || c.historyCompleted) return incoming
  const oldest = oldestOnServer(c.messages)
  return oldest ? incoming.filter((m) => !m || compareItems(oldest, m) <= 0) : incoming
}

/** Session state re-derived from the held list, starting from what the dropped messages left. */
export function sessionOf(c: ConversationState, list: readonly ListItem[], now: number): SessionState {
  const base = c.evicted
  if (!base) return applyEffects(emptySession(), list as ListItem[], now)
  // Held again after a scroll back: their effects are already in the base.
  return applyEffects(base.session, list.filter((m) => compareItems(base.upTo, m) < 0), now)
}

/** Drops the oldest messages past MEMORY_WINDOW — only while the user follows the newest, and history is there. */
export function evict(c: ConversationState, now: number): ConversationState {
  const list = c.messages
  // Not while an older page is on its way: it was asked for before a cursor this would move.
  if (!c.following || !c.historyLoaded || c.historyLoading || list.length <= MEMORY_WINDOW) return c
  // Unsent messages stay whatever their number (the user must see them to resend): the window counts the others.
  const onServer = list.reduce((n, m) => (localOnly(m) ? n : n + 1), 0)
  if (onServer <= MEMORY_WINDOW) return c
  let excess = onServer - EVICT_TO
  const dropped: ListItem[] = []
  const kept: ListItem[] = []
  for (const m of list) {
    if (excess > 0 && !localOnly(m)) {
      dropped.push(m)
      excess -= 1
    } else kept.push(m)
  }
  const cursor = oldestOnServer(kept)
  if (!dropped.length || !cursor) return c
  const last = dropped[dropped.length - 1]
  const base = c.evicted
  // Dropped in order: fold those the base has not seen yet (some may have come back with a history page).
  const fold = base ? dropped.filter((m) => compareItems(base.upTo, m) < 0) : dropped
  const session = applyEffects(base?.session || emptySession(), fold, now)
  const upTo: Key = base && compareItems(base.upTo, last) > 0 ? base.upTo : { time: last.time, sequence: last.sequence, id: last.id }
  return { ...c, messages: kept, cursor: cursor.id, historyCompleted: false, evicted: { session, upTo } }
}
