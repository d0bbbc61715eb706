// ChatMessage → DeskView. Pure and total: whatever arrives (a newer desk, another plugin, broken JSON),
// the result is a view, and what we do not understand is `unsupported` (a grey "can't be shown yet" row)
// instead of an exception; only what Tencent's kits deliberately hide is `hidden`.
import type { ChatMessage } from '../im/types'
import type { DeskView, NoticeKind } from './types'
import { SRC } from './codes'
import { compact, isRecord, MAX_TEXT, num, optNum, optStr, optUrl, record, str, url } from './coerce'
import type { Json } from './coerce'
import { hidden, unsupported } from './decoder'
import type { Decoder } from './decoder'
import { branch, form, formQuestion, order, product, rating, welcome, workflowBranch } from './decode-cards'
import {
  botStatus, control, notice, ratingSettings, richText, robotCommand, seatStatus, stream, thinking, typing
} from './decode-signals'
import { transferToHumanView, transferToTaskFlowView } from './unconfirmed'

const NOTICES: [string, NoticeKind][] = [
  [SRC.NO_AGENT_ONLINE, 'noAgentOnline'],
  [SRC.SESSION_ENDED, 'sessionEnded'],
  [SRC.SESSION_TIMEOUT, 'sessionTimeout'],
  [SRC.TOO_MANY_USERS, 'tooManyUsers'],
  [SRC.TIMEOUT_WARNING, 'timeoutWarning'],
  [SRC.TRANSFER_TO_HUMAN, 'transferToHuman'],
  [SRC.SESSION_RESTARTED, 'sessionRestarted']
]

// A Map, not an object literal: a src such as 'constructor' or '__proto__' must not find a prototype member.
const DECODERS = new Map<string, Decoder>([
  [SRC.START, control],
  [SRC.RATING_CARD, rating],
  [SRC.RATING_SUBMIT, control],
  [SRC.TYPING, typing],
  [SRC.ROBOT_COMMAND, robotCommand],
  [SRC.BRANCH, branch],
  [SRC.FORM_QUESTION, formQuestion],
  [SRC.PRODUCT_CARD, product],
  [SRC.RATING_SETTINGS, ratingSettings],
  [SRC.REQUEST_RATING, control],
  [SRC.BOT_STATUS, botStatus],
  [SRC.SEAT_STATUS, seatStatus],
  [SRC.END_HUMAN_SESSION, control],
  [SRC.ORDER_CARD, order],
  [SRC.WELCOME, welcome],
  [SRC.RICH_TEXT, richText],
  [SRC.STREAM, stream],
  [SRC.WORKFLOW_BRANCH, workflowBranch],
  [SRC.FORM, form],
  [SRC.THINKING, thinking],
  ...NOTICES.map(([src, kind]): [string, Decoder] => [src, notice(kind)]),
  // #19 (later entries win): our own unconfirmed 39/34 sends are hidden
  [SRC.TRANSFER_TO_HUMAN, transferToHumanView],
  [SRC.TRANSFER_TO_TASK_FLOW, transferToTaskFlowView]
])

/**
 * What Tencent's Desk kits draw for a chatbot-plugin message (tui-customer-service-plugin 2.2.6
 * utils/index.ts whitelist + message-customer-service.vue): rating, branch, form question, product card,
 * robot list, rich text, stream. Everything else of that plugin is invisible there, so hidden here.
 */
const CHATBOT_SHOWN = new Set<string>([SRC.RATING_CARD, SRC.BRANCH, SRC.FORM_QUESTION, SRC.PRODUCT_CARD, SRC.WELCOME, SRC.RICH_TEXT, SRC.STREAM])

/**
 * src values the kits' constants name but no kit draws (docs/desk-protocol.md §3): hidden as the kits hide them.
 * Any other unknown src is a newer Desk's message: the grey "can't be shown yet" row.
 */
export const NAMED_NOT_DRAWN = new Set(['1', '2', '3', '4', '5', '6', '8', '11', '17', '38', '42', '43'])

/** Longest src (or message type) kept in an unsupported view: it is only there to be logged. */
const MAX_LABEL_LENGTH = 32

export function decodeMessage(message: ChatMessage): DeskView {
  try {
    const m = record(message)
    return decodeBody(record(m.body), m.flow === 'out')
  } catch {
    // One odd message (a throwing getter, a proxy, a desk bug no reader foresaw) must not take the
    // whole list down.
    return unsupported(undefined, 'decode failed')
  }
}

// Reads the body as untrusted: the seam types it, but history and other adapters may not honour that.
function decodeBody(body: Json, fromUser: boolean): DeskView {
  switch (body.kind) {
    case 'text':
      return { kind: 'text', text: str(body.text, '', MAX_TEXT) }
    case 'image':
      return compact<DeskView>({
        kind: 'image',
        url: url(body.url),
        thumbUrl: optUrl(body.thumbUrl),
        width: optNum(body.width),
        height: optNum(body.height)
      })
    case 'video':
      return compact<DeskView>({ kind: 'video', url: url(body.url), coverUrl: optUrl(body.coverUrl), duration: optNum(body.duration) })
    case 'file':
      return { kind: 'file', url: url(body.url), name: str(body.name), size: num(body.size, 0) }
    case 'sound':
      return { kind: 'sound', url: url(body.url), duration: num(body.duration, 0) }
    case 'location':
      return location(body)
    case 'face':
      return { kind: 'face', index: num(body.index, 0), data: str(body.data, '', MAX_LABEL_LENGTH) }
    case 'relay':
      return relay(body)
    case 'custom':
      return decodeCustom(body.data, fromUser)
    case 'unknown':
      return unsupported(undefined, `unknown message type ${str(body.type, '?').slice(0, MAX_LABEL_LENGTH)}`)
    default:
      return unsupported(undefined, 'message without a known body')
  }
}

function decodeCustom(data: unknown, fromUser: boolean): DeskView {
  if (typeof data !== 'string') return unsupported(undefined, 'custom message without data')
  let d: unknown
  try {
    d = JSON.parse(data)
  } catch {
    return unsupported(undefined, 'custom data is not JSON')
  }
  if (!isRecord(d)) return unsupported(undefined, 'custom data is not an object')
  // Tencent's kits take a message as theirs when customerServicePlugin is 0 or chatbotPlugin is 1, and
  // render both by src; for the chatbot plugin only the kinds they show (signals of it are not the Desk's).
  // A TUIKit business message (businessID) is never the Desk's, whatever else it carries (Android Desk kit).
  if (Object.prototype.hasOwnProperty.call(d, 'businessID')) return hidden('foreign', 'TUIKit business message')
  const chatbot = !isDeskMarker(d.customerServicePlugin) && isFlag(d.chatbotPlugin, 1)
  if (!chatbot && !isDeskMarker(d.customerServicePlugin)) return unsupported(undefined, 'not a Desk message')
  const src = srcOf(d.src)
  if (src === undefined) return unsupported(undefined, 'Desk message without src')
  if (chatbot && !CHATBOT_SHOWN.has(src)) return hidden('foreign', `chatbot plugin src ${src} not shown by the kits`)
  const decoder = DECODERS.get(src)
  if (decoder) return decoder(d, src, fromUser)
  return NAMED_NOT_DRAWN.has(src) ? hidden('foreign', `src ${src} not drawn by the kits`) : unsupported(src, 'unknown src')
}

/** Coordinates off the globe become 0, 0 (the SDK's own default), which the bubble takes as "no map". */
function location(body: Json): DeskView {
  const latitude = num(body.latitude)
  const longitude = num(body.longitude)
  const on = Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
  return { kind: 'location', description: str(body.description, '', 200), latitude: on ? latitude : 0, longitude: on ? longitude : 0 }
}

/** Abstract lines a merged message shows at most (the kits show a few; the viewer lists the messages). */
const MAX_ABSTRACTS = 3
/** The IM merges at most 300 messages into one. */
const MAX_RELAY_MESSAGES = 300

function relay(body: Json): DeskView {
  const lines = Array.isArray(body.abstracts) ? body.abstracts.slice(0, 20) : []
  const abstracts = lines.map((a) => str(a, '', 200)).filter((a) => a.trim()).slice(0, MAX_ABSTRACTS)
  const view: DeskView = { kind: 'relay', title: str(body.title, '', 200), abstracts }
  // Inner messages are decoded one by one when the viewer opens; here only whether they came inline.
  if (Array.isArray(body.messages)) view.messages = (body.messages as ChatMessage[]).slice(0, MAX_RELAY_MESSAGES)
  return view
}

/**
 * `customerServicePlugin` is 0 (or '0'). Compared with Number() because 0 is falsy; but Number() also turns
 * null, '', false and [] into 0, and none of those is a marker.
 */
function isDeskMarker(v: unknown): boolean {
  return isFlag(v, 0)
}

/** A plugin flag equal to `value`, as a number or a numeric string. */
function isFlag(v: unknown, value: number): boolean {
  return (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number(v) === value
}

/** src as a string: usually a string on the wire, sometimes a number. */
function srcOf(v: unknown): string | undefined {
  const s = optStr(v)?.trim()
  return s ? s.slice(0, MAX_LABEL_LENGTH) : undefined
}
