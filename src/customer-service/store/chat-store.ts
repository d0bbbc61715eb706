// The zustand vanilla store and its actions: plain functions over (store, data), no React, no SDK.
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ChatError, ChatMessage, HistoryPage, KickReason } from '../im/types'
import type { Quote } from '../protocol/quote'
import { addPending, compareItems, idsOf, indexById, mergeMessages, modifyMessages, revokeMessages, setProgress, settleSend } from './messages'
import { confirmedAgainst } from './open-cache'
import { behindHistory, evict, sessionOf } from './evict'
import { applyEffects } from './session'
import { isShown } from './shown'
import { updateConversation } from './update'
import type { ChatState, Connection, ListItem } from './state'
import { emptyConversation, initialState } from './state'

export type ChatStore = StoreApi<ChatState>

export function createChatStore(accounts: string[], current: string): ChatStore {
  return createStore<ChatState>()(() => initialState(accounts, current))
}

const accountOf = (conversationId: string) => conversationId.replace(/^C2C/, '')

const update = updateConversation

/** Messages, grouped by their conversation; conversations we do not hold are ignored. */
function byAccount(store: ChatStore, messages: ChatMessage[]): Map<string, ChatMessage[]> {
  const groups = new Map<string, ChatMessage[]>()
  const known = store.getState().conversations
  for (const m of messages) {
    const account = accountOf(m.conversationId)
    if (!known[account]) continue
    const g = groups.get(account)
    if (g) g.push(m)
    else groups.set(account, [m])
  }
  return groups
}

const counts = (m: ListItem) => m.flow === 'in' && isShown(m)

/** Live messages (MESSAGE_RECEIVED). Returns the items that were new. */
export function receive(store: ChatStore, messages: ChatMessage[], now = Date.now()): ListItem[] {
  const added: ListItem[] = []
  for (const [account, list] of byAccount(store, messages)) {
    update(store, account, (c) => {
      const incoming = behindHistory(c, list)
      // Which ids are new, asked before the merge (it hands the list's id set on to the merged list).
      const known = idsOf(c.messages)
      const freshIds = new Set(incoming.filter((m) => m?.id && !known.has(m.id)).map((m) => m.id))
      if (!freshIds.size) return c
      const merged = mergeMessages(c.messages, incoming, 'keep')
      const tail = merged.slice(-freshIds.size)
      // Effects in time order; an out-of-order arrival makes us re-derive from the held list (bounded by evict).
      const inOrder = tail.every((m) => freshIds.has(m.id))
      const fresh = inOrder ? tail : merged.filter((m) => freshIds.has(m.id))
      added.push(...fresh)
      const session = inOrder ? applyEffects(c.session, fresh, now) : sessionOf(c, merged, now)
      const { visible, current } = store.getState()
      const unseen = visible && current === account ? 0 : fresh.filter(counts).length
      return evict({ ...c, messages: merged, session, unread: c.unread + unseen }, now)
    })
  }
  return added
}

/**
 * MESSAGE_MODIFIED: streaming chunks, selections made elsewhere. Returns the modified messages the list does
 * not hold yet but that are newer than its oldest one: their delivery is late (or was lost), so the caller
 * receives them — otherwise a stream whose first delivery comes after its last chunk would stay cut short.
 * (The message ids each list holds are cached in messages.ts; mergeMessages keeps lists unique by id,
 * which that cache relies on.)
 */
export function modify(store: ChatStore, messages: ChatMessage[], now = Date.now()): ChatMessage[] {
  const late: ChatMessage[] = []
  for (const [account, list] of byAccount(store, messages)) {
    update(store, account, (c) => {
      const known = idsOf(c.messages)
      const oldest = c.messages[0]
      // With an empty list, only once history has loaded: before that, the history page brings the
      // message itself, and an old message edited elsewhere must not count as a new, unread one.
      late.push(...list.filter((m) => !known.has(m.id) && (oldest ? compareItems(oldest, m) <= 0 : c.historyLoaded)))
      const next = modifyMessages(c.messages, list)
      if (next === c.messages) return c
      const changed = list.map((m) => next[indexById(next, m.id)]).filter(Boolean)
      return { ...c, messages: next, session: applyEffects(c.session, changed, now) }
    })
  }
  return late
}

/** Recalled messages (ours or the desk's); a pending quote of one goes too: it would quote what is gone. */
export function revoke(store: ChatStore, messages: ChatMessage[]) {
  for (const [account, list] of byAccount(store, messages)) {
    update(store, account, (c) => {
      const ids = list.map((m) => m.id)
      const next = revokeMessages(c.messages, ids)
      const quote = c.quote && ids.includes(c.quote.id) ? undefined : c.quote
      return next === c.messages && quote === c.quote ? c : { ...c, messages: next, quote }
    })
  }
}

/** An older page (or, after a reconnect, the newest page again): authoritative, merged by id. */
export function applyHistory(store: ChatStore, account: string, page: HistoryPage, { older }: { older: boolean }, now = Date.now()) {
  update(store, account, (c) => {
    const merged = mergeMessages(c.messages, page.messages, 'replace')
    const cursor = older || !c.historyLoaded ? page.nextCursor : c.cursor
    const completed = older || !c.historyLoaded ? page.isCompleted : c.historyCompleted
    // A re-sync of the newest page must not end a load of older pages that is still running.
    const historyLoading = older ? false : c.historyLoading
    // An older page (not the first) means the user reads back: nothing is dropped until they are at the newest again.
    const following = older && c.historyLoaded ? false : c.following
    // The first page, whichever path fetched it (open, re-sync, a stream refetch), settles the cached rows.
    const live = c.historyLoaded ? merged : confirmedAgainst(merged, page.messages)
    const next = { ...c, messages: live, cursor, historyCompleted: completed, historyLoaded: true, historyLoading, following }
    return evict({ ...next, session: sessionOf(c, live, now) }, now)
  })
}

/** The list says whether the user is at the newest messages; arriving there drops what is past the window. */
export function setFollowing(store: ChatStore, account: string, following: boolean, now = Date.now()) {
  update(store, account, (c) => (c.following === following ? c : evict({ ...c, following }, now)))
}

export function setHistoryLoading(store: ChatStore, account: string, loading: boolean) {
  update(store, account, (c) => (c.historyLoading === loading ? c : { ...c, historyLoading: loading }))
}

export function addSending(store: ChatStore, m: ChatMessage) {
  update(store, accountOf(m.conversationId), (c) => ({ ...c, messages: addPending(c.messages, m) }))
}

export function settle(store: ChatStore, m: ChatMessage, status: 'sent' | 'failed') {
  update(store, accountOf(m.conversationId), (c) => ({ ...c, messages: settleSend(c.messages, m, status) }))
}

export function progress(store: ChatStore, m: ChatMessage, value: number) {
  update(store, accountOf(m.conversationId), (c) => {
    const next = setProgress(c.messages, m.id, value)
    return next === c.messages ? c : { ...c, messages: next }
  })
}

export function setConnection(store: ChatStore, connection: Connection) {
  if (store.getState().connection !== connection) store.setState({ connection })
}

export function setReady(store: ChatStore, ready: boolean) {
  store.setState({ ready })
}

export function setKicked(store: ChatStore, reason: KickReason | undefined) {
  store.setState(reason ? { kicked: reason, connection: 'kicked', ready: false } : { kicked: undefined })
}

export function setFatal(store: ChatStore, error: ChatError | undefined) {
  store.setState({ fatal: error })
}

export function setNotice(store: ChatStore, error: ChatError | undefined) {
  store.setState({ notice: error })
}

export function setProfile(store: ChatStore, profile: ChatState['profile']) {
  store.setState({ profile })
}

export function setVisible(store: ChatStore, visible: boolean) {
  store.setState({ visible })
  if (visible) clearUnread(store, store.getState().current)
}

export function switchAccount(store: ChatStore, account: string) {
  const state = store.getState()
  if (!state.conversations[account]) store.setState({ conversations: { ...state.conversations, [account]: emptyConversation(account) } })
  // The list shows an account at its newest messages: it follows them (the memory window applies).
  else update(store, account, (c) => (c.following ? c : { ...c, following: true }))
  store.setState({ current: account })
  clearUnread(store, account)
}

export function clearUnread(store: ChatStore, account: string) {
  update(store, account, (c) => (c.unread ? { ...c, unread: 0 } : c))
}

export function setDraft(store: ChatStore, account: string, draft: string) {
  update(store, account, (c) => (c.draft === draft ? c : { ...c, draft }))
}

/** The quote the next text carries; undefined cancels it. */
export function setQuote(store: ChatStore, account: string, quote: Quote | undefined) {
  update(store, account, (c) => (c.quote === quote ? c : { ...c, quote }))
}

export function markStarted(store: ChatStore, account: string) {
  update(store, account, (c) => (c.started ? c : { ...c, started: true }))
}

export function markRated(store: ChatStore, account: string, cardId: string) {
  update(store, account, (c) => (c.ratedCards.includes(cardId) ? c : { ...c, ratedCards: [...c.ratedCards, cardId] }))
}

export const currentConversation = (s: ChatState) => s.conversations[s.current]

export function markAnswered(store: ChatStore, account: string, cardId: string, answer: string) {
  update(store, account, (c) => (c.answers[cardId] === answer ? c : { ...c, answers: { ...c.answers, [cardId]: answer } }))
}

/** Undo a local answer/rating whose send failed, so the card can be used again. */
export function unmarkAnswered(store: ChatStore, account: string, cardId: string) {
  update(store, account, (c) => {
    if (!(cardId in c.answers)) return c
    const answers = { ...c.answers }
    delete answers[cardId]
    return { ...c, answers }
  })
}

export function unmarkRated(store: ChatStore, account: string, cardId: string) {
  update(store, account, (c) => (c.ratedCards.includes(cardId) ? { ...c, ratedCards: c.ratedCards.filter((id) => id !== cardId) } : c))
}

export function unmarkStarted(store: ChatStore, account: string) {
  update(store, account, (c) => (c.started ? { ...c, started: false } : c))
}
