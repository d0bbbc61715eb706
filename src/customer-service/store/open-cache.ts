// Cached rows: the last screen of a conversation from the previous page session, shown before login and
// replaced by the live history. Decoded like any message (toItem → decodeMessage); flagged until confirmed.
import type { ChatMessage } from '../im/types'
import type { ChatStore } from './chat-store'
import { compareItems, toItem } from './messages'
import { applyEffects } from './session'
import type { ConversationState, ListItem } from './state'
import { emptySession } from './state'
import { updateConversation } from './update'

/** A row from the open cache that the live history has not confirmed yet. */
export type CachedItem = ListItem & { cached?: true }

export const isCached = (m: ListItem): boolean => (m as CachedItem).cached === true

export const hasCached = (c: ConversationState): boolean => c.messages.some(isCached)

const setConversation = updateConversation

/**
 * Shows cached messages in a conversation that has nothing yet (opened, history not loaded). They change no
 * session state (agent, rating rules): that comes from the live history.
 */
export function seedCached(store: ChatStore, account: string, cached: ChatMessage[]) {
  if (!cached.length) return
  setConversation(store, account, (c) => {
    if (c.historyLoaded || c.messages.length) return c
    const seen = new Set<string>()
    const items: CachedItem[] = []
    for (const m of cached) {
      if (!m?.id || seen.has(m.id)) continue
      seen.add(m.id)
      items.push({ ...toItem(m), cached: true })
    }
    return { ...c, messages: items.sort(compareItems) }
  })
}

/**
 * After the newest live page is applied: a cached row it holds is confirmed (kept where it is, so nothing
 * moves), one it does not is removed. Applying the page already replaced confirmed rows by id; a row still
 * flagged was either left alone by the merge (a cached stream version ahead of the page) or is not live.
 */
export function confirmCached(store: ChatStore, account: string, live: ChatMessage[], now = Date.now()) {
  setConversation(store, account, (c) => {
    if (!hasCached(c)) return c
    const messages = confirmedAgainst(c.messages, live)
    return { ...c, messages, session: applyEffects(emptySession(), messages, now) }
  })
}

/** The list with cached rows the live page holds kept in place (unflagged), and the others removed. */
export function confirmedAgainst(list: ListItem[], live: ChatMessage[]): ListItem[] {
  if (!list.some(isCached)) return list
  const liveIds = new Set(live.map((m) => m?.id))
  const messages: ListItem[] = []
  for (const m of list) {
    if (!isCached(m)) messages.push(m)
    else if (liveIds.has(m.id)) {
      const { cached: _flag, ...item } = m as CachedItem
      messages.push(item)
    }
  }
  return messages
}

// The #18 kinds are left out: the cache's reader (session/open-cache.ts) accepts only the bodies it checks, and
// a chat record carries its whole inner list. Live history brings them a moment later.
const NOT_CACHED = new Set(['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden', 'unsupported', 'location', 'face', 'relay'])

/**
 * What to store for a conversation: its newest rows as the server has them (sent, shown, streams finished),
 * or undefined while it is not live-confirmed yet (nothing to write back).
 */
export function cacheableTail(c: ConversationState, max: number): ChatMessage[] | undefined {
  if (!c.historyLoaded || hasCached(c)) return undefined
  const out: ChatMessage[] = []
  for (let i = c.messages.length - 1; i >= 0 && out.length < max; i--) {
    const m = c.messages[i]
    if (m.status !== 'sent' || NOT_CACHED.has(m.view.kind) || (m.view.kind === 'stream' && !m.view.finished)) continue
    out.push(m)
  }
  return out.reverse()
}
