// Message builders for tests: plain ChatMessages with overrides.
import type { ChatMessage } from '../../src/customer-service/im/types'

let n = 0
export const ACCOUNT = '@customer_service_account'

export function textMessage(text: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  n += 1
  return {
    id: `m${n}`,
    conversationId: `C2C${ACCOUNT}`,
    from: ACCOUNT,
    to: 'u_test',
    flow: 'in',
    time: 1_700_000_000 + n,
    sequence: n,
    status: 'sent',
    isRevoked: false,
    body: { kind: 'text', text },
    ...overrides
  }
}

export function deskMessage(payload: Record<string, unknown>, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return textMessage('', { body: { kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, ...payload }) }, ...overrides })
}
