// #19 Validators of the transfer launch values and of `unconfirmedDeskShapes`. The kit (ai-desk-customer-wechat
// 1.5.11 pages/index/index.js) reads transferToHumanOptions / transferToTaskFlowOptions as JSON, but no readable
// kit shows their fields: the names below are ours (docs/desk-protocol.md §6), so they are checked strictly.
import type { LaunchIssue, TransferToHumanOptions, TransferToTaskFlowOptions, UnconfirmedShape } from './types'
import { issue } from './issues'
import { LIMITS } from './limits'
import { checkId } from './values'

export const UNCONFIRMED_SHAPES: UnconfirmedShape[] = ['transfer', 'botSession', 'optionLinks']

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/** A positive integer (the Desk's group ids are integers), as a number or digits. */
function positiveInt(v: unknown): number | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : ''
  const n = Number(s)
  return /^\d+$/.test(s) && Number.isSafeInteger(n) && n > 0 ? n : undefined
}

/** Keys outside `known` are named (a different casing, e.g. the REST API's AgentGroupId, gets a hint). */
function unknownKeys(raw: Record<string, unknown>, known: string[], field: string, issues: LaunchIssue[]) {
  for (const key of Object.keys(raw)) {
    if (known.includes(key)) continue
    issues.push(issue(`${field}.${key}`, 'unknown_param', known.find((k) => k.toLowerCase() === key.toLowerCase())))
  }
}

export function transferToHumanOptions(raw: unknown, field: string, issues: LaunchIssue[]): TransferToHumanOptions | undefined {
  if (!isObject(raw)) return void issues.push(issue(field, 'wrong_type', 'JSON object { agentIdList, agentGroupId }'))
  unknownKeys(raw, ['agentIdList', 'agentGroupId'], field, issues)
  const out: TransferToHumanOptions = {}
  if (raw.agentIdList !== undefined) {
    if (!Array.isArray(raw.agentIdList)) issues.push(issue(`${field}.agentIdList`, 'wrong_type', 'array of agent IDs'))
    else {
      if (raw.agentIdList.length > LIMITS.ids) issues.push(issue(`${field}.agentIdList`, 'too_many', `max ${LIMITS.ids}`))
      const ids: string[] = []
      raw.agentIdList.slice(0, LIMITS.ids).forEach((item, i) => {
        const id = checkId(item)
        if (!id.ok) issues.push(issue(`${field}.agentIdList[${i}]`, id.code, id.detail))
        else if (ids.includes(id.value)) issues.push(issue(`${field}.agentIdList[${i}]`, 'duplicate', id.value))
        else ids.push(id.value)
      })
      if (ids.length) out.agentIdList = ids
    }
  }
  if (raw.agentGroupId !== undefined) {
    const group = positiveInt(raw.agentGroupId)
    if (group === undefined) issues.push(issue(`${field}.agentGroupId`, 'not_number', 'a positive integer'))
    else out.agentGroupId = group
  }
  if (!out.agentIdList && !out.agentGroupId) return void issues.push(issue(field, 'missing', 'agentIdList or agentGroupId'))
  return out
}

export function transferToTaskFlowOptions(raw: unknown, field: string, issues: LaunchIssue[]): TransferToTaskFlowOptions | undefined {
  if (!isObject(raw)) return void issues.push(issue(field, 'wrong_type', 'JSON object { taskFlowId }'))
  unknownKeys(raw, ['taskFlowId'], field, issues)
  const v = raw.taskFlowId
  // A number stays a number (echoed as given, like 32's taskID); a string must be a plain ID.
  if (typeof v === 'number') {
    if (positiveInt(v) !== undefined) return { taskFlowId: v }
    return void issues.push(issue(`${field}.taskFlowId`, 'out_of_range', 'a positive integer'))
  }
  const id = checkId(v)
  if (!id.ok) return void issues.push(issue(`${field}.taskFlowId`, id.code, id.detail))
  return { taskFlowId: id.value }
}

/** `unconfirmedDeskShapes`: a comma list of UNCONFIRMED_SHAPES, or `all`. Unknown names are reported, the rest kept. */
export function unconfirmedShapes(text: string, issues: LaunchIssue[]): UnconfirmedShape[] {
  const out: UnconfirmedShape[] = []
  for (const word of text.split(',').map((w) => w.trim()).filter(Boolean)) {
    const names = word === 'all' ? UNCONFIRMED_SHAPES : UNCONFIRMED_SHAPES.includes(word as UnconfirmedShape) ? [word as UnconfirmedShape] : []
    if (!names.length) issues.push(issue('unconfirmedDeskShapes', 'bad_enum', `${UNCONFIRMED_SHAPES.join(', ')}, all`))
    for (const n of names) if (!out.includes(n)) out.push(n)
  }
  return out
}

/** Whether the host turned on the unconfirmed shapes of `feature`. */
export const allows = (shapes: UnconfirmedShape[] | undefined, feature: UnconfirmedShape): boolean => !!shapes?.includes(feature)
