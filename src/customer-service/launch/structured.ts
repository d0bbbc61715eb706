// Validators for the JSON launch values: each keeps what is valid and reports the rest.
import type { LaunchIssue, PresetId, QuickOrder, QuickOrderField, ToolbarButton } from './types'
import { issue } from './issues'
import { LIMITS } from './limits'
import { checkFlag, checkHttpUrl, checkId, checkLinkTarget, checkText } from './values'
import { transferToHumanOptions, transferToTaskFlowOptions } from './transfer'

const PRESETS: PresetId[] = ['humanService', 'serviceRating', 'endHumanService', 'transferToHuman', 'transferToTaskFlow', 'endBotService', 'botRating']

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** One toolbar button, or undefined (with issues) when it cannot work. */
function toolbarButton(raw: unknown, field: string, issues: LaunchIssue[], taskFlowDefault: boolean): ToolbarButton | undefined {
  if (!isObject(raw)) {
    issues.push(issue(field, 'wrong_type', 'object'))
    return undefined
  }
  const title = checkText(raw.title, LIMITS.title)
  if (!title.ok) {
    issues.push(issue(`${field}.title`, title.code, title.detail))
    return undefined
  }
  // Tolerant defaults where Tencent's own examples leave fields out.
  const isPreset = raw.isPreset === undefined ? { ok: true as const, value: raw.presetId ? 1 : 0 } : checkFlag(raw.isPreset)
  const isEnabled = raw.isEnabled === undefined ? { ok: true as const, value: 1 as const } : checkFlag(raw.isEnabled)
  const type = raw.type === undefined ? 1 : Number(raw.type)
  if (!isPreset.ok) return void issues.push(issue(`${field}.isPreset`, isPreset.code, isPreset.detail))
  if (!isEnabled.ok) return void issues.push(issue(`${field}.isEnabled`, isEnabled.code, isEnabled.detail))
  if (type !== 1 && type !== 2) return void issues.push(issue(`${field}.type`, 'bad_enum', '1 (send text), 2 (open URL)'))

  const button: ToolbarButton = { title: title.value!, isPreset: isPreset.value as 0 | 1, isEnabled: isEnabled.value, type }
  if (button.isPreset) {
    if (!PRESETS.includes(raw.presetId as PresetId)) {
      return void issues.push(issue(`${field}.presetId`, raw.presetId === undefined ? 'missing' : 'bad_enum', PRESETS.join(', ')))
    }
    button.presetId = raw.presetId as PresetId
    // #19 transfer presets may name their own target; a task flow button needs one from somewhere.
    if (raw.options !== undefined && button.presetId === 'transferToHuman') button.options = transferToHumanOptions(raw.options, `${field}.options`, issues)
    if (raw.options !== undefined && button.presetId === 'transferToTaskFlow') button.options = transferToTaskFlowOptions(raw.options, `${field}.options`, issues)
    if (button.presetId === 'transferToTaskFlow' && !button.options && !taskFlowDefault) {
      return void issues.push(issue(`${field}.options.taskFlowId`, 'missing', 'or transferToTaskFlowOptions'))
    }
    if (!button.options) delete button.options
  }
  const content = checkText(raw.content, LIMITS.content, { required: !button.isPreset })
  if (!content.ok) return void issues.push(issue(`${field}.content`, content.code, content.detail))
  if (content.value !== undefined) {
    if (!button.isPreset && type === 2) {
      const target = checkLinkTarget(content.value)
      if (!target.ok) return void issues.push(issue(`${field}.content`, target.code, target.detail))
    }
    button.content = content.value
  }
  if (raw.icon !== undefined && raw.icon !== '') {
    // A bad icon costs only the icon: the button still shows its title.
    const icon = checkHttpUrl(raw.icon)
    if (icon.ok) button.icon = icon.value
    else issues.push(issue(`${field}.icon`, icon.code, icon.detail))
  }
  return button
}

export function toolbarButtonList(raw: unknown, issues: LaunchIssue[], taskFlowDefault = false): ToolbarButton[] {
  if (!Array.isArray(raw)) {
    issues.push(issue('toolbarButtonList', 'wrong_type', 'JSON array'))
    return []
  }
  if (raw.length > LIMITS.buttons) issues.push(issue('toolbarButtonList', 'too_many', `max ${LIMITS.buttons}, the rest is ignored`))
  const out: ToolbarButton[] = []
  raw.slice(0, LIMITS.buttons).forEach((item, i) => {
    const b = toolbarButton(item, `toolbarButtonList[${i}]`, issues, taskFlowDefault)
    if (b) out.push(b)
  })
  return out
}

function orderField(raw: unknown, field: string, issues: LaunchIssue[]): QuickOrderField | undefined {
  if (!isObject(raw)) return void issues.push(issue(field, 'wrong_type', '{ name, value }'))
  const name = checkText(raw.name, LIMITS.fieldName)
  if (!name.ok) return void issues.push(issue(`${field}.name`, name.code, name.detail))
  const value = checkText(raw.value, LIMITS.fieldValue)
  if (!value.ok) return void issues.push(issue(`${field}.value`, value.code, value.detail))
  return { name: name.value!, value: value.value! }
}

/** The quick order card, or undefined (card hidden) when a required field is missing or unsafe. */
export function bottomQuickOrder(raw: unknown, issues: LaunchIssue[]): QuickOrder | undefined {
  if (!isObject(raw)) return void issues.push(issue('bottomQuickOrder', 'wrong_type', 'JSON object'))
  const header = checkText(raw.header, LIMITS.header)
  if (!header.ok) return void issues.push(issue('bottomQuickOrder.header', header.code, header.detail))
  const desc = checkText(raw.desc, LIMITS.desc)
  if (!desc.ok) return void issues.push(issue('bottomQuickOrder.desc', desc.code, desc.detail))
  const url = checkHttpUrl(raw.url)
  if (!url.ok) return void issues.push(issue('bottomQuickOrder.url', url.code, url.detail))
  const order: QuickOrder = { header: header.value!, desc: desc.value!, url: url.value! }
  if (raw.pic !== undefined && raw.pic !== '') {
    const pic = checkHttpUrl(raw.pic)
    if (pic.ok) order.pic = pic.value
    else issues.push(issue('bottomQuickOrder.pic', pic.code, pic.detail))
  }
  if (raw.customField !== undefined) {
    if (!Array.isArray(raw.customField)) {
      issues.push(issue('bottomQuickOrder.customField', 'wrong_type', 'array of { name, value }'))
    } else {
      if (raw.customField.length > LIMITS.fields) issues.push(issue('bottomQuickOrder.customField', 'too_many', `max ${LIMITS.fields}`))
      const fields = raw.customField
        .slice(0, LIMITS.fields)
        .map((f, i) => orderField(f, `bottomQuickOrder.customField[${i}]`, issues))
        .filter((f): f is QuickOrderField => !!f)
      if (fields.length) order.customField = fields
    }
  }
  return order
}

/** Customer-service account IDs: a JSON array of strings (a comma list is tolerated). */
export function customerServiceIDList(raw: unknown, issues: LaunchIssue[]): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : raw
  if (!Array.isArray(list)) {
    issues.push(issue('customerServiceIDList', 'wrong_type', 'JSON array of strings'))
    return []
  }
  if (list.length > LIMITS.ids) issues.push(issue('customerServiceIDList', 'too_many', `max ${LIMITS.ids}`))
  const out: string[] = []
  list.slice(0, LIMITS.ids).forEach((item, i) => {
    const id = checkId(item)
    if (!id.ok) issues.push(issue(`customerServiceIDList[${i}]`, id.code, id.detail))
    else if (out.includes(id.value)) issues.push(issue(`customerServiceIDList[${i}]`, 'duplicate', id.value))
    else out.push(id.value)
  })
  return out
}
