// Store helpers for streamed answers (src 31) that stall: where a message is, and ending one locally.
import type { ChatStore } from './chat-store'
import { indexById } from './messages'
import type { ListItem } from './state'
import { updateConversation } from './update'

/** The held version of a message and its account; streams sit near the newest end, where the search starts. */
export function findMessage(store: ChatStore, id: string): { account: string; item: ListItem } | undefined {
  for (const [account, c] of Object.entries(store.getState().conversations)) {
    const at = indexById(c.messages, id)
    if (at >= 0) return { account, item: c.messages[at] }
  }
  return undefined
}

/**
 * Ends a stream the server never finished: shown finished (no cursor) and marked interrupted. Only the view
 * changes, so the version guard still lets the real last chunk replace it, and still refuses older chunks.
 */
export function interruptStream(store: ChatStore, id: string): boolean {
  const found = findMessage(store, id)
  const v = found?.item.view
  if (!found || !v || v.kind !== 'stream' || v.finished) return false
  updateConversation(store, found.account, (c) => {
    const messages = c.messages.slice()
    messages[indexById(c.messages, id)] = { ...found.item, view: { ...v, finished: true, interrupted: true } }
    return { ...c, messages }
  })
  return true
}
