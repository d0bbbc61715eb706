// Decoders of the Desk cards: messages the user reads and answers. A card without the content it
// exists for (a menu without items, a rating without options) is unsupported rather than half drawn.
import type { DeskView, FormField, RatingOption } from './types'
import { RATING_TYPE } from './codes'
import { bool, cardFields, chosen, compact, isRecord, list, menuItems, num, optStr, optUrl, record, str } from './coerce'
import type { Json } from './coerce'
import { unsupported } from './decoder'
import type { Decoder } from './decoder'

type TaskInfo = NonNullable<Extract<DeskView, { kind: 'workflowBranch' }>['taskInfo']>

/** src 9. */
export const rating: Decoder = (d, src) => {
  const m = record(d.menuContent)
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
  const s = isRecord(v) ? v : { id: v }
  const id = str(s.id)
  if (!id.trim()) return undefined
  const content = str(s.content) || options.find((o) => o.id === id)?.content || ''
  return { id, content }
}

/** src 15. */
export const branch: Decoder = (d, src) => {
  const c = record(d.content)
  const items = menuItems(c.items)
  if (!items.length) return unsupported(src, 'branch without items')
  return compact<DeskView>({
    kind: 'branch',
    header: str(c.header),
    items,
    tail: optStr(c.tail),
    selected: chosen(c.selected ?? d.selected)
  })
}

/** src 21: type 1 offers choices; anything else asks for free input, so it needs a question. */
export const formQuestion: Decoder = (d, src) => {
  const c = record(d.content)
  const choice = num(c.type) === 1
  const header = str(c.header)
  const items = menuItems(c.items)
  if (choice ? !items.length : !header.trim()) return unsupported(src, 'form question without content')
  return compact<DeskView>({ kind: 'formQuestion', choice, header, items, selected: chosen(c.selected ?? d.selected) })
}

/** src 22. */
export const product: Decoder = (d, src) => {
  const c = record(d.content)
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

/** src 28. Its shape is a guess: fields under `content` like the product card, or at the top level. */
export const order: Decoder = (d, src) => {
  const c = isRecord(d.content) ? d.content : d
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

const WELCOME_SUBTYPES: Record<string, 'welcome' | 'clarify'> = { welcome_msg: 'welcome', clarify_msg: 'clarify' }

/** src 29: only the two known subtypes; a new one may mean a different card. */
export const welcome: Decoder = (d, src) => {
  const subtype = typeof d.subtype === 'string' && Object.prototype.hasOwnProperty.call(WELCOME_SUBTYPES, d.subtype)
    ? WELCOME_SUBTYPES[d.subtype]
    : undefined
  if (!subtype) return unsupported(src, 'unknown welcome subtype')
  const c = record(d.content)
  const items = menuItems(c.items)
  if (!items.length) return unsupported(src, 'welcome without items')
  return { kind: 'welcome', subtype, title: str(c.title), items }
}

/** src 32: status 1 expired, 2 submitted; 0 and anything else stays answerable (0 is the documented default). */
export const workflowBranch: Decoder = (d, src) => {
  const c = record(d.content)
  const items = menuItems(c.items)
  if (!items.length) return unsupported(src, 'workflow branch without items')
  const status = num(d.status)
  return compact<DeskView>({
    kind: 'workflowBranch',
    header: str(c.header),
    items,
    status: status === 1 ? 'expired' : status === 2 ? 'submitted' : 'editable',
    optionType: num(d.optionType, 0),
    taskInfo: taskInfo(d.taskInfo),
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

/** src 33: the desk's form, or the user's own submission of it (hidden: the form card shows the answers). */
export const form: Decoder = (d, src, fromUser) => {
  const c = record(d.content)
  const variables = list(c.inputVariables).map(record)
  // The submission shape has no nodeStatus and carries the values; the desk's form always has a nodeStatus.
  const looksSubmitted = (d.nodeStatus === undefined || d.nodeStatus === null) &&
    variables.some((v) => str(v.variableValue).trim() !== '')
  if (fromUser || looksSubmitted) return { kind: 'hidden', reason: 'ownFormSubmit' }
  const fields = variables.map(formField).filter((f) => f.name.trim() !== '')
  if (!fields.length) return unsupported(src, 'form without fields')
  return compact<DeskView>({ kind: 'form', tip: optStr(c.tip), fields, status: num(d.nodeStatus) === 2 ? 'filled' : 'editable' })
}

function formField(v: Json): FormField {
  const options = list(v.chooseItemList)
    .map((o) => str(isRecord(o) ? o.content : o))
    .filter((o) => o.trim() !== '')
  return compact<FormField>({
    name: str(v.name),
    // A choice without options cannot be answered: ask for free input instead.
    formType: num(v.formType) === 1 && options.length ? 1 : 0,
    placeholder: optStr(v.placeholder),
    required: bool(v.isRequired, false),
    options,
    value: str(v.variableValue)
  })
}
