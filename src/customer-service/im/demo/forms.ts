// What the demo desk reads from a submitted form and what it sends back: pure functions over Desk payloads.
import type { ChatMessage, MessageBody } from '../types'
import { deskContent } from './content'
import type { DemoWords } from './words'

type Json = Record<string, unknown>

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A nested object, or its JSON string: Tencent's kits send either. */
function nestedObject(v: unknown): Json {
  if (isRecord(v)) return v
  if (typeof v !== 'string') return {}
  try {
    const parsed: unknown = JSON.parse(v)
    return isRecord(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

/**
 * The values of a src 33 submission by field name. Reads both shapes: the Tencent kits' (the desk's own
 * variable objects, every field kept, variableValue filled) and the reduced one (name, variableValue, isRequired).
 */
export function submittedValues(d: Json): Map<string, string> {
  const vars = nestedObject(d.content).inputVariables
  const values = new Map<string, string>()
  for (const v of Array.isArray(vars) ? vars : []) {
    if (!isRecord(v) || typeof v.name !== 'string') continue
    const value = v.variableValue
    if (typeof value === 'string' || typeof value === 'number') values.set(v.name, String(value))
  }
  return values
}

/** The read-only copy of the submitted address form: the desk's own fields with the values, and no nodeStatus. */
export function formSummary(values: Map<string, string>, w: DemoWords): Json {
  const inputVariables = deskContent(w).addressForm.inputVariables.map((v) => ({ ...v, variableValue: values.get(v.name) ?? '' }))
  return { src: '33', content: { tip: w.formSummaryTip, inputVariables } }
}

/**
 * The workflow card (src 32) once answered: status 2, and the choice as the JSON string of `{ content }`
 * (the Android kit parses `selected` from a string). Without a choice (a form ended it) only the status changes.
 */
export function workflowAnswered(wf: ChatMessage, selected?: string): MessageBody | undefined {
  if (wf.body.kind !== 'custom') return undefined
  const data = JSON.parse(wf.body.data)
  data.status = 2
  if (selected) data.content.selected = JSON.stringify({ content: selected })
  return { kind: 'custom', data: JSON.stringify(data) }
}
