// Decoders of the Desk cards: messages the user reads and answers. A card without the content it
// exists for (a menu without items, a rating without options) is unsupported rather than half drawn.
import type { DeskView, FormField, RatingOption } from './types'
import { RATING_TYPE } from './codes'
import { bool, cardFields, chosen, compact, isRecord, list, menuItems, nested, num, optStr, optUrl, record, str } from './coerce'
import type { Json } from './coerce'
import { unsupported } from './decoder'
import type { Decoder } from './decoder'

type TaskInfo = NonNullable<Extract<DeskView, { kind: 'workflowBranch' }>['taskInfo']>

/** src 9. */
export const rating: Decoder = (d, src) => {
  const m = nested(d.menuContent)
  const options: RatingOption[] = list(m.menu)
    .map(record)
    .map((o) => ({ id: str(o.id), content: str(o.content) }))
    .filter((o) => o.id.trim() !== '')
  if (!options.length) return unsupported(src, 'rating card without options')
  return compact<DeskView>({
    kind: 'rating',
    // Tencent's kits draw stars for type 1 and numbers for anything else (their RATING_TEMPLATE_TYPE is
    // STAR 1, NUMBER 2): the same rule here, so a missing or new type still gets a usable card.
    style: num(m.type) === RATING_TYPE.STAR ? 'star' : 'number',
    head: str(m.head),
    tail: str(m.tail),
    options,
    sessionId: str(m.sessionId),
    expireTime: num(m.expireTime, 0),
    allowClientSendRating: bool(m.allowClientSendRating, true),
    selected: selectedOption(m.selected, options)
  })
}

/** The submitted option: an object with id (a bare id is accepted); its label falls back to the menu's. */
function selectedOption(v: unknown, options: RatingOption[]): RatingOption | undefined {
  const s = isRecord(v) ? v : typeof v === 'string' && /^\s*\{/.test(v) ? nested(v) : { id: v }
  const id = str(s.id)
  if (!id.trim()) return undefined
  const content = str(s.content) || options.find((o) => o.id === id)?.content || ''
  return { id, content }
}

/**
 * src 15, and src 29 other than the welcome list (clarify, none, anything newer): Tencent's kits draw both
 * as a branch card, titled by `header`, else `title`, with `content.content` as its text.
 */
export const branch: Decoder = (d, src) => {
  const c = nested(d.content)
  const items = menuItems(c.items)
  const text = optStr(c.content)
  if (!items.length && !text) return unsupported(src, 'branch without items')
  return compact<DeskView>({
    kind: 'branch',
    header: str(c.header) || str(c.title),
    text,
    items,
    tail: optStr(c.tail),
    selected: chosen(c.selected ?? d.selected)
  })
}

/** src 21: type 1 offers choices; anything else asks for free input, so it needs a question. */
export const formQuestion: Decoder = (d, src) => {
  const c = nested(d.content)
  const choice = num(c.type) === 1
  const header = str(c.header)
  const items = menuItems(c.items)
  if (choice ? !items.length : !header.trim()) return unsupported(src, 'form question without content')
  return compact<DeskView>({ kind: 'formQuestion', choice, header, items, selected: chosen(c.selected ?? d.selected) })
}

/** src 22. */
export const product: Decoder = (d, src) => {
  const c = nested(d.content)
  const header = str(c.header)
  if (!header.trim()) return unsupported(src, 'product card without header')
  return compact<DeskView>({
    kind: 'product',
    header,
    desc: str(c.desc),
    pic: optUrl(c.pic),
    url: optUrl(c.url),
    fields: cardFields(c.customField)
  })
}

/** src 28, read only (no kit sends it): fields under `content` as the uni-app Desk kit reads them (message-order), or at the top level. */
export const order: Decoder = (d, src) => {
  const inner = nested(d.content)
  const c = Object.keys(inner).length ? inner : d
  const name = str(c.name)
  if (!name.trim()) return unsupported(src, 'order card without name')
  return compact<DeskView>({
    kind: 'order',
    guide: optStr(c.guide),
    name,
    desc: str(c.desc),
    pic: optUrl(c.pic),
    url: optUrl(c.url),
    fields: cardFields(c.customField)
  })
}

/** src 29: `welcome_msg` is the welcome list; every other subtype is a branch card, as in Tencent's kits. */
export const welcome: Decoder = (d, src, fromUser) => {
  if (d.subtype !== 'welcome_msg') return branch(d, src, fromUser)
  const c = nested(d.content)
  const items = menuItems(c.items)
  if (!items.length) return unsupported(src, 'welcome without items')
  return { kind: 'welcome', title: str(c.title) || str(c.header), items }
}

/** src 32: status 1 expired, 2 submitted; 0 and anything else stays answerable (0 is the documented default). */
export const workflowBranch: Decoder = (d, src) => {
  const c = nested(d.content)
  const items = menuItems(c.items)
  if (!items.length) return unsupported(src, 'workflow branch without items')
  const status = num(d.status)
  return compact<DeskView>({
    kind: 'workflowBranch',
    header: str(c.header),
    items,
    status: status === 1 ? 'expired' : status === 2 ? 'submitted' : 'editable',
    optionType: num(d.optionType, 0),
    taskInfo: taskInfo(nested(d.taskInfo)),
    selected: chosen(c.selected ?? d.selected)
  })
}

/** The workflow node to answer; a numeric taskID stays a number, since it is echoed back as received. */
function taskInfo(v: unknown): TaskInfo | undefined {
  if (!isRecord(v)) return undefined
  const taskID = typeof v.taskID === 'number' && Number.isFinite(v.taskID) ? v.taskID : optStr(v.taskID)
  if (taskID === undefined) return undefined
  return { taskID, nodeID: str(v.nodeID), env: str(v.env) }
}

/**
 * src 33: the desk's form. Our own submission (flow out) is hidden: the form card shows the answers.
 * As in Tencent's uni-app Desk kit, only nodeStatus 0 is answerable; 2 is filled in; a form without
 * nodeStatus (or with another value) is shown read-only with the values it carries.
 */
export const form: Decoder = (d, src, fromUser) => {
  if (fromUser) return { kind: 'hidden', reason: 'ownFormSubmit' }
  const c = nested(d.content)
  const fields = withEchoes(list(c.inputVariables).map(nested)).filter((f) => f.name.trim() !== '')
  if (!fields.length) return unsupported(src, 'form without fields')
  const nodeStatus = d.nodeStatus === undefined || d.nodeStatus === null || d.nodeStatus === '' ? undefined : num(d.nodeStatus, -1)
  const status = nodeStatus === 0 ? 'editable' : nodeStatus === 2 ? 'filled' : 'readOnly'
  return compact<DeskView>({ kind: 'form', tip: optStr(c.tip), fields, status })
}

/**
 * Most characters of desk variables echoed back on submit, all fields together: a Desk message is at most
 * 12 KB, and the user's answers come on top. Over it, the submit falls back to name/isRequired/variableValue
 * (the Android Desk kit's shape, which the desk accepts too).
 */
const MAX_ECHO = 8_000

/** Fields, each keeping the desk's own object while the whole form stays within MAX_ECHO. */
function withEchoes(vars: Json[]): FormField[] {
  let size = 0
  const echoes = vars.map((v) => {
    const n = jsonLength(v)
    size += n
    return n
  })
  const keep = size <= MAX_ECHO
  return vars.map((v, i) => formField(v, keep && echoes[i] >= 0 ? v : undefined))
}

/** JSON length, or Infinity for what JSON.stringify cannot take (a desk bug nesting 50,000 arrays deep). */
function jsonLength(v: Json): number {
  try {
    return JSON.stringify(v).length
  } catch {
    return Infinity
  }
}

function formField(v: Json, echo: Json | undefined): FormField {
  const options = list(v.chooseItemList)
    .map((o) => str(isRecord(o) ? o.content : o))
    .filter((o) => o.trim() !== '')
  return compact<FormField>({
    name: str(v.name),
    // A choice without options cannot be answered: ask for free input instead.
    formType: num(v.formType) === 1 && options.length ? 1 : 0,
    placeholder: optStr(v.placeholder),
    required: num(v.isRequired) === 1 || v.isRequired === true,
    options,
    value: str(v.variableValue),
    // The submit sends the desk's own object back with variableValue filled in (Tencent's uni-app kit does),
    // so every field the desk relies on (formType, chooseItemList, ids a newer desk adds) survives the trip.
    echo
  })
}
