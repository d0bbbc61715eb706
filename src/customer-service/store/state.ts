// Chat state: plain data, one conversation per customer-service account.
import type { ChatError, ChatMessage, KickReason } from '../im/types'
import type { DeskView } from '../protocol/types'
import type { Quote } from '../protocol/quote'

/** A message with its decoded view (decoded once, on ingest or modification). */
export type ListItem = ChatMessage & { view: DeskView }

export interface Agent {
  id: string
  nick?: string
  avatar?: string
}

export interface SessionState {
  phase: 'bot' | 'human' | 'ended'
  agent?: Agent
  /** From the desk's rating settings (src 23); undefined until the desk says. */
  clientMayRequestRating?: boolean
  /** ms epoch until which the agent/bot shows as typing; 0 none. */
  typingUntil: number
  /** ms epoch when the bot started thinking; 0 none. Expires after 60 s. */
  thinkingSince: number
}

export interface ConversationState {
  account: string
  conversationId: string
  /** Sorted by time, then sequence; unique by id. */
  messages: ListItem[]
  cursor?: string
  historyLoaded: boolean
  historyCompleted: boolean
  historyLoading: boolean
  unread: number
  /** The start message (src 7) went out in this page session. */
  started: boolean
  draft: string
  /** The message the next typed text quotes (引用), shown above the composer until sent or cancelled. */
  quote?: Quote
  session: SessionState
  /** Rating cards (message ids) this user already submitted. */
  ratedCards: string[]
  /** Cards answered in this page session (message id → chosen text): read-only from then on. */
  answers: Record<string, string>
  /** The user is at the newest messages (the list says so): only then are old ones dropped from memory. */
  following: boolean
  /** Once messages were dropped (evict.ts): their effect on `session`, folded up to the newest dropped one. */
  evicted?: { session: SessionState; upTo: Pick<ChatMessage, 'time' | 'sequence' | 'id'> }
}

export type Connection = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected' | 'kicked'

export interface ChatState {
  connection: Connection
  /** The SDK is ready to send (SDK_READY seen, not NOT_READY since). */
  ready: boolean
  kicked?: KickReason
  /** A problem that stops the chat (login refused, …). */
  fatal?: ChatError
  /** The latest transient problem (a failed send, …), for a toast. */
  notice?: ChatError
  profile: { userID?: string; nick?: string; avatar?: string }
  /** The chat page is on screen (unread counts only grow while it is not, or for other accounts). */
  visible: boolean
  current: string
  conversations: Record<string, ConversationState>
}

export const THINKING_TTL_MS = 60_000
export const TYPING_TTL_MS = 5_000

export function emptySession(): SessionState {
  return { phase: 'bot', typingUntil: 0, thinkingSince: 0 }
}

export function emptyConversation(account: string): ConversationState {
  return {
    account,
    conversationId: `C2C${account}`,
    messages: [],
    historyLoaded: false,
    historyCompleted: false,
    historyLoading: false,
    unread: 0,
    started: false,
    draft: '',
    session: emptySession(),
    ratedCards: [],
    answers: {},
    following: false
  }
}

export function initialState(accounts: string[], current: string): ChatState {
  const conversations: Record<string, ConversationState> = {}
  for (const a of accounts) conversations[a] = emptyConversation(a)
  if (!conversations[current]) conversations[current] = emptyConversation(current)
  return { connection: 'idle', ready: false, profile: {}, visible: true, current, conversations }
}
