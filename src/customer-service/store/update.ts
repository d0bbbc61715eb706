// The one way to change a conversation in the store: `fn` maps it, the same object back means no change.
// Its own module so the store's actions and the helpers they use (open cache, streams) share it without a cycle.
import type { StoreApi } from 'zustand/vanilla'
import type { ChatState, ConversationState } from './state'

export function updateConversation(store: StoreApi<ChatState>, account: string, fn: (c: ConversationState) => ConversationState) {
  const state = store.getState()
  const prev = state.conversations[account]
  if (!prev) return
  const next = fn(prev)
  if (next !== prev) store.setState({ conversations: { ...state.conversations, [account]: next } })
}
