// Test data builders for the Desk codec: a plain ChatMessage with overrides, never repeated full objects.
import type { ChatMessage, MessageBody } from '../../../src/customer-service/im/types'
import type { OutgoingDesk } from '../../../src/customer-service/protocol'

const DESK_ACCOUNT = '@customer_service_account'
let sequence = 0

export function message(body: MessageBody, overrides: Partial<ChatMessage> = {}): ChatMessage {
  sequence += 1
  return {
    id: `msg-${sequence}`,
    conversationId: `C2C${DESK_ACCOUNT}`,
    from: DESK_ACCOUNT,
    to: 'user-1',
    flow: 'in',
    time: 1_700_000_000 + sequence,
    sequence,
    status: 'sent',
    isRevoked: false,
    body,
    ...overrides
  }
}

/** A custom message; `data` that is not a string is JSON-encoded. */
export function customMessage(data: unknown, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return message({ kind: 'custom', data: typeof data === 'string' ? data : JSON.stringify(data) }, overrides)
}

/** A Desk payload: the marker is added, `payload` may override it. */
export function deskMessage(payload: Record<string, unknown>, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return customMessage({ customerServicePlugin: 0, ...payload }, overrides)
}

export function textMessage(text: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return message({ kind: 'text', text }, overrides)
}

/** What the transport would hold after sending a builder's result: our own ('out') message. */
export function sentMessage(outgoing: OutgoingDesk): ChatMessage {
  const mine = { flow: 'out' as const, from: 'user-1', to: DESK_ACCOUNT }
  if (outgoing.kind === 'custom') return customMessage(outgoing.data, mine)
  return textMessage(outgoing.text, { ...mine, cloudCustomData: outgoing.cloudCustomData })
}
