// Events the chat tells the host app through Taro.eventCenter. They live in launch/ so a host can
// listen (badge, analytics) without importing the subpackage:
//   Taro.eventCenter.on(CS_EVENTS.unread, ({ total }) => setBadge(total))

export const CS_EVENTS = {
  /** A new message arrived while the chat page was hidden. */
  message: 'customer-service:message',
  /** The unread count changed. */
  unread: 'customer-service:unread',
  /** A human agent took the conversation. */
  agentJoined: 'customer-service:agent-joined',
  /** The desk or the user ended the session. */
  sessionEnded: 'customer-service:session-ended',
  /** The user submitted a rating. */
  ratingSubmitted: 'customer-service:rating-submitted',
  /** The chat cannot go on (login refused, kicked out, …). */
  error: 'customer-service:error'
} as const

export interface CsEventPayloads {
  [CS_EVENTS.message]: { account: string; messageId: string; preview: string; time: number }
  [CS_EVENTS.unread]: { account: string; unread: number; total: number }
  [CS_EVENTS.agentJoined]: { account: string; nick?: string; avatar?: string }
  [CS_EVENTS.sessionEnded]: { account: string }
  [CS_EVENTS.ratingSubmitted]: { account: string; optionId: string; content: string }
  [CS_EVENTS.error]: { reason: string; code: number | string; retryable: boolean }
}

export type CsEventName = keyof CsEventPayloads
