// #19 Desk messages NO Tencent kit confirms (docs/desk-protocol.md §8, UNCONFIRMED). The session sends them only
// when the host lists the feature in the launch param `unconfirmedDeskShapes`; without it, nothing here is sent.
// Shapes are ours: the src numbers are the kits' constants, the field names come from the Desk's REST API.
import type { TransferToHumanOptions, TransferToTaskFlowOptions } from '../launch/types'
import { SRC } from './codes'
import type { SrcCode } from './codes'
import type { Decoder } from './decoder'
import { control, notice } from './decode-signals'
import { unsupported } from './decoder'
import type { OutgoingDesk } from './types'

// Online only, like 24 and 27: a request to be routed is meaningless once the moment has passed.
const desk = (src: SrcCode, fields: Record<string, unknown>): OutgoingDesk => ({ kind: 'custom', data: JSON.stringify({ src, customerServicePlugin: 0, ...fields }), onlineUserOnly: true })

/** UNCONFIRMED: src 39 (W1511 TRANSFER_TO_HUMAN) with the REST API's target, camel-cased, under `content`. */
export function transferToNamedHuman(o: TransferToHumanOptions): OutgoingDesk {
  return desk(SRC.TRANSFER_TO_HUMAN, { content: { agentIdList: o.agentIdList, agentGroupId: o.agentGroupId } })
}

/** UNCONFIRMED: src 34 (W1511 TRANSFER_TO_TASK_FLOW) naming the task flow under `content`. */
export function transferToTaskFlow(o: TransferToTaskFlowOptions): OutgoingDesk {
  return desk(SRC.TRANSFER_TO_TASK_FLOW, { content: { taskFlowId: o.taskFlowId } })
}

/** UNCONFIRMED: a rating card for the bot: 24 (request rating, AND) marked with the bot's role word (`robot`). */
export function requestBotRating(): OutgoingDesk {
  return desk(SRC.REQUEST_RATING, { content: { target: 'robot' } })
}

/** Our own 39/34 come back in history: hidden like every control send. A desk 39 is a notice; a desk 34 unknown. */
export const transferToHumanView: Decoder = (d, src, fromUser) => (fromUser ? control(d, src, fromUser) : notice('transferToHuman')(d, src, fromUser))
export const transferToTaskFlowView: Decoder = (d, src, fromUser) => (fromUser ? control(d, src, fromUser) : unsupported(src, 'task flow message: shape unknown'))
