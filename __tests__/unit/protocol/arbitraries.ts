// Generators of hostile Desk payloads (payload.data strings), shared by the codec fuzz and the list test:
// random JSON near the Desk vocabulary, mutated reference payloads, arbitrary values and long strings.
import * as fc from 'fast-check'
import { SRC } from '../../../src/customer-service/protocol'
import { REFERENCE } from './fixtures'

export const codes = Object.values(SRC) as string[]
const src = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...codes) },
  { weight: 2, arbitrary: fc.constantFrom(...codes).map(Number) },
  fc.integer({ min: -5, max: 200 }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' 9 '),
  fc.jsonValue({ maxDepth: 2 })
)

// Keys the decoders read, so random values land where they are looked for.
const topKeys = ['content', 'menuContent', 'chunks', 'isFinished', 'status', 'optionType', 'taskInfo', 'nodeStatus',
  'subtype', 'thinkingStatus', 'typingStatus', 'selected', 'menuSelected']
const innerKeys = ['header', 'items', 'tail', 'selected', 'type', 'title', 'desc', 'pic', 'url', 'customField', 'guide',
  'name', 'value', 'inputVariables', 'tip', 'menuSendRuleFlag', 'command', 'content', 'menu', 'head', 'id', 'sessionId',
  'expireTime', 'allowClientSendRating', 'chooseItemList', 'variableValue', 'isRequired', 'formType', 'placeholder',
  'taskID', 'nodeID', 'env']

const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('welcome_msg', 'clarify_msg', 'inBot', 'leaveBot', 'inSeat', 'outSeat', 'updateBotStatus', 'updateSeatStatus', 0, 1, 2, 4, '1', null, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double()
)
const { shaped } = fc.letrec((tie) => ({
  shaped: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.dictionary(fc.constantFrom(...innerKeys), tie('shaped'), { maxKeys: 8 }),
    fc.array(tie('shaped'), { maxLength: 8 })
  )
}))

const deskPayload = fc
  .record({ src, fields: fc.dictionary(fc.constantFrom(...topKeys), shaped, { maxKeys: 6 }), marker: fc.constantFrom<unknown>(0, '0', 0, 0) })
  .map(({ src: s, fields, marker }) => JSON.stringify({ ...fields, customerServicePlugin: marker, src: s }))

// Valid reference payloads with a few values replaced or deleted: reaches deep into every card decoder.
const DELETE = Symbol('delete')
const seeds = Object.values(REFERENCE)
const mutated = fc
  .record({
    seed: fc.constantFrom(...seeds),
    edits: fc.array(fc.tuple(fc.nat(), fc.oneof(shaped, fc.constant<typeof DELETE>(DELETE))), { minLength: 1, maxLength: 3 })
  })
  .map(({ seed, edits }) => {
    const payload = JSON.parse(seed) as unknown
    for (const [at, replacement] of edits) {
      const slots = slotsOf(payload)
      if (!slots.length) break
      const [parent, key] = slots[at % slots.length]
      if (replacement === DELETE) delete parent[key]
      else parent[key] = replacement
    }
    return JSON.stringify(payload)
  })

/** Every (container, key) but the marker and src: those are fuzzed by the other generators. */
function slotsOf(root: unknown): [Record<string, unknown>, string][] {
  const slots: [Record<string, unknown>, string][] = []
  const visit = (node: unknown, top: boolean) => {
    if (typeof node !== 'object' || node === null) return
    const container = node as Record<string, unknown>
    for (const key of Object.keys(container)) {
      if (!(top && (key === 'customerServicePlugin' || key === 'src'))) slots.push([container, key])
      visit(container[key], false)
    }
  }
  visit(root, true)
  return slots
}

const serialise = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? 'undefined'
  } catch {
    return String(value)
  }
}

const anyDesk = fc
  .record({ src, content: fc.anything(), menuContent: fc.anything(), chunks: fc.anything() })
  .map((p) => serialise({ customerServicePlugin: 0, ...p }))

const longStrings = fc
  .record({ src: fc.constantFrom(...codes), text: fc.string({ minLength: 1_000, maxLength: 20_000 }) })
  .map(({ src: s, text }) => JSON.stringify({
    customerServicePlugin: 0, src: s, content: text, chunks: [text, text],
    menuContent: { head: text, menu: [{ id: text, content: text }] }
  }))

/** Any payload.data: mostly near-valid Desk JSON, some garbage. */
export const data = fc.oneof(
  { weight: 6, arbitrary: mutated },
  { weight: 4, arbitrary: deskPayload },
  { weight: 2, arbitrary: anyDesk },
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.anything().map(serialise),
  longStrings
)
