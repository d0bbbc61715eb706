// View models of the Desk protocol: what the list renders and what drives session state.
// Produced by decodeMessage (decode.ts) from plain ChatMessages; never SDK objects.
import type { ChatMessage } from '../im/types'

export interface MenuItem {
  content: string
  desc?: string
  /** #19 a link option: field name ours (UNCONFIRMED); opened only with unconfirmedDeskShapes=optionLinks. */
  url?: string
}

export interface RatingOption {
  id: string
  content: string
}

export interface FormField {
  name: string
  /** 0 free input, 1 choose one of `options`. */
  formType: 0 | 1
  placeholder?: string
  required: boolean
  options: string[]
  value: string
  /** The desk's own variable object, echoed back on submit with `variableValue` filled in. */
  echo?: Record<string, unknown>
}

export interface CardField {
  name: string
  value: string
  /** Order cards (28): the customer's own value beside the field's (uni-app Desk kit message-order). */
  customerValue?: string
}

export type NoticeKind =
  | 'noAgentOnline' // 18
  | 'sessionEnded' // 19
  | 'sessionTimeout' // 20
  | 'agentJoined' // 26 inSeat
  | 'agentLeft' // 26 outSeat
  | 'tooManyUsers' // 36
  | 'timeoutWarning' // 37
  | 'transferToHuman' // 39
  | 'sessionRestarted' // 40

/** Everything a message can be. Hidden kinds never render as bubbles. */
export type DeskView =
  // Plain IM messages
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string; thumbUrl?: string; width?: number; height?: number }
  | { kind: 'video'; url: string; coverUrl?: string; duration?: number }
  | { kind: 'file'; url: string; name: string; size: number }
  | { kind: 'sound'; url: string; duration: number }
  | { kind: 'location'; description: string; latitude: number; longitude: number }
  | { kind: 'face'; index: number; data: string }
  | { kind: 'relay'; title: string; abstracts: string[]; messages?: ChatMessage[] }
  // Desk cards and bubbles
  | { kind: 'richText'; markdown: string } // 30
  | { kind: 'stream'; markdown: string; finished: boolean; /** Ended locally: history never brought the last chunk. */ interrupted?: true } // 31
  | { kind: 'welcome'; title: string; items: MenuItem[] } // 29 welcome_msg
  | { kind: 'branch'; header: string; text?: string; items: MenuItem[]; tail?: string; selected?: string } // 15, 29 other subtypes
  | {
      kind: 'workflowBranch' // 32
      header: string
      items: MenuItem[]
      status: 'editable' | 'expired' | 'submitted'
      optionType: number
      taskInfo?: { taskID: string | number; nodeID: string; env: string }
      selected?: string
    }
  | { kind: 'formQuestion'; choice: boolean; header: string; items: MenuItem[]; selected?: string } // 21
  | { kind: 'form'; tip?: string; fields: FormField[]; status: 'editable' | 'filled' | 'readOnly' } // 33 from the desk
  | { kind: 'product'; header: string; desc: string; pic?: string; url?: string; fields: CardField[] } // 22
  | { kind: 'order'; guide?: string; name: string; desc: string; pic?: string; url?: string; fields: CardField[] } // 28
  | {
      kind: 'rating' // 9
      style: 'star' | 'number'
      head: string
      tail: string
      options: RatingOption[]
      sessionId: string
      /** Seconds; 0 when the desk gave none. */
      expireTime: number
      allowClientSendRating: boolean
      selected?: RatingOption
    }
  | { kind: 'notice'; notice: NoticeKind; text?: string }
  // Signals: hidden in the list, they drive session state
  | { kind: 'typing' } // 12
  | { kind: 'thinking'; done: boolean } // 35
  | { kind: 'ratingSettings'; clientMayRequest: boolean } // 23
  | { kind: 'botStatus'; inBot: boolean } // 25, 13 updateBotStatus
  // Hidden: our own control messages, signals without a state, and what Tencent's kits deliberately hide
  // (TUIKit business messages, chatbot-plugin kinds they do not draw). `detail` is for logs only.
  | { kind: 'hidden'; reason: 'control' | 'ownFormSubmit' | 'command' | 'signal' | 'foreign'; detail?: string }
  // Shown as a grey "此消息暂不支持显示" row: an IM element, a Desk src or a card this version cannot draw
  | { kind: 'unsupported'; src?: string; detail: string }

export type DeskViewKind = DeskView['kind']

/** What the user sends: a Desk custom message or a plain text with optional cloudCustomData. */
export type OutgoingDesk =
  | { kind: 'custom'; data: string; onlineUserOnly: boolean }
  | { kind: 'text'; text: string; cloudCustomData?: string }
