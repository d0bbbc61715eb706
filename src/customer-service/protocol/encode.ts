// Builders of what the user sends to the desk. Pure: they return data, the session layer sends it.
import type { CardField, DeskView, FormField, MenuItem, OutgoingDesk, RatingOption } from './types'
import { SRC } from './codes'
import type { SrcCode } from './codes'
import { str } from './coerce'

/**
 * The bot languages the Desk takes in src 7 (the uni-app kit's isSupportedLang, see docs/desk-protocol.md);
 * a UI language outside this list (ms, th, ko) starts the session without one, as the kit does.
 */
export const DESK_LANGUAGES = ['zh', 'zh-TW', 'en', 'id', 'vi', 'ja', 'fil', 'ru'] as const
export type DeskLanguage = (typeof DESK_LANGUAGES)[number]

export const deskLanguage = (language: string): DeskLanguage | undefined => DESK_LANGUAGES.find((l) => l === language)

export interface ProductCardInput {
  header: string
  desc: string
  pic?: string
  url?: string
  customField?: CardField[]
}

type WorkflowBranchView = Extract<DeskView, { kind: 'workflowBranch' }>

/** The keyword the Desk console routes to a human agent by default. */
export const TRANSFER_TO_HUMAN_TEXT = '人工服务'

// Every Desk payload carries the marker and a string src; undefined fields vanish in JSON.stringify.
function desk(src: SrcCode, fields: Record<string, unknown>, onlineUserOnly: boolean): OutgoingDesk {
  return { kind: 'custom', data: JSON.stringify({ src, customerServicePlugin: 0, ...fields }), onlineUserOnly }
}

const fieldsOf = (customField: CardField[] | undefined) => customField?.map(({ name, value }) => ({ name, value }))

/** src 7, sent on every open. Online only: a stored start would replay the session start offline. */
export function startSession(language?: DeskLanguage): OutgoingDesk {
  return desk(SRC.START, language ? { triggeredContent: { language } } : {}, true)
}

/** src 10: stored like a normal message, so the desk receives it even if it reconnects. */
export function submitRating(option: RatingOption, sessionId: string): OutgoingDesk {
  return desk(SRC.RATING_SUBMIT, { menuSelected: { id: option.id, content: option.content, sessionId } }, false)
}

/** src 24: asks the desk for a rating card now; meaningless later, so online only. */
export function requestRating(): OutgoingDesk {
  return desk(SRC.REQUEST_RATING, {}, true)
}

/** src 27: the marker and src only, as every Tencent kit sends it; online only. */
export function endHumanSession(): OutgoingDesk {
  return desk(SRC.END_HUMAN_SESSION, {}, true)
}

/** src 22. */
export function productCard(input: ProductCardInput): OutgoingDesk {
  const { header, desc, pic, url, customField } = input
  return desk(SRC.PRODUCT_CARD, { content: { header, desc, pic, url, customField: fieldsOf(customField) } }, false)
}

/**
 * src 33 submit, as Tencent's uni-app Desk kit sends it: the desk's own variable objects, every field kept, with
 * `variableValue` filled in; nothing else at the top level, no nodeStatus. Without an echo (a form too large to
 * echo) the Android Desk kit's shape: name, isRequired, variableValue.
 */
export function submitForm(fields: FormField[]): OutgoingDesk {
  const inputVariables = fields.map((f) => {
    if (!f.echo) return { name: f.name, isRequired: f.required ? 1 : 0, variableValue: f.value }
    // A value the user left as the desk filled it goes back as the desk sent it (the view's copy is clipped).
    const original = f.echo.variableValue
    return { ...f.echo, variableValue: str(original) === f.value ? original ?? '' : f.value }
  })
  return desk(SRC.FORM, { content: { inputVariables } }, false)
}

/** Answer to a branch (15), welcome/clarify (29) or form question (21): the item's text. */
export function answerMenu(item: MenuItem): OutgoingDesk {
  return { kind: 'text', text: item.content }
}

/** Answer to a workflow branch (32): optionType 1 also names the workflow node in cloudCustomData. */
export function answerWorkflow(view: WorkflowBranchView, item: MenuItem): OutgoingDesk {
  const { taskInfo } = view
  if (view.optionType !== 1 || !taskInfo) return { kind: 'text', text: item.content }
  const BranchOptionInfo = { taskID: taskInfo.taskID, env: taskInfo.env, nodeID: taskInfo.nodeID }
  return { kind: 'text', text: item.content, cloudCustomData: JSON.stringify({ BranchOptionInfo }) }
}

/** The keyword is configured in the Desk console: pass it when a deployment changed the default. */
export function transferToHuman(keyword: string = TRANSFER_TO_HUMAN_TEXT): OutgoingDesk {
  return { kind: 'text', text: keyword }
}
