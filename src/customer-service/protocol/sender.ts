// Who sent a desk message, from its cloudCustomData: Tencent's Desk marks what it sends with
// {"role": "robot" | "seat", "messageType": …, "scene": …} (Tencent Cloud Chat doc 269/119743
// "系统消息标识"); the uni-app Desk kit 1.4.0 takes role 'robot' as the bot and any other
// incoming message as the human agent, named and pictured by the message's own nick and avatar.
import { nested, optStr } from './coerce'

export type SenderRole = 'robot' | 'seat'

export interface Sender {
  role?: SenderRole
  /** The desk's label of the message (welcome, faq, aiReply, connectedToAgent, …); not interpreted here. */
  messageType?: string
}

/** Reads the sender marks; a missing, broken or foreign cloudCustomData says nothing. */
export function senderOf(cloudCustomData: unknown): Sender {
  const c = nested(cloudCustomData)
  const role = c.role === 'robot' || c.role === 'seat' ? c.role : undefined
  const messageType = optStr(c.messageType)?.slice(0, 64)
  const out: Sender = {}
  if (role) out.role = role
  if (messageType) out.messageType = messageType
  return out
}
