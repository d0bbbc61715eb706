// decodeMessage is total: random payload.data strings, random JSON near the Desk vocabulary, deep nesting
// and long strings never throw and always give a well-formed view.
import * as fc from 'fast-check'
import { decodeMessage, SRC } from '../../../src/customer-service/protocol'
import type { DeskView, DeskViewKind } from '../../../src/customer-service/protocol'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { customMessage, message } from './builders'
import { REFERENCE } from './fixtures'

// A Record over DeskViewKind: adding a kind to the union without listing it here fails to compile.
const KINDS: Record<DeskViewKind, true> = {
  text: true, image: true, video: true, file: true, sound: true, richText: true, stream: true, welcome: true,
  branch: true, workflowBranch: true, formQuestion: true, form: true, product: true, order: true, rating: true,
  notice: true, typing: true, thinking: true, ratingSettings: true, botStatus: true, hidden: true, unsupported: true
}

// String fields the view types promise (never undefined, never a number).
const REQUIRED_STRINGS: Partial<Record<DeskViewKind, string[]>> = {
  text: ['text'], image: ['url'], video: ['url'], file: ['url', 'name'], sound: ['url'], richText: ['markdown'],
  stream: ['markdown'], welcome: ['title'], branch: ['header'], workflowBranch: ['header'], formQuestion: ['header'],
  product: ['header', 'desc'], order: ['name', 'desc'], rating: ['head', 'tail', 'sessionId'], unsupported: ['detail']
}

/** Plain, JSON-safe data all the way down: no undefined, no NaN, no functions; and the promised strings. */
function expectWellFormed(view: DeskView) {
  expect(typeof view).toBe('object')
  expect(Object.prototype.hasOwnProperty.call(KINDS, view.kind)).toBe(true)
  expect(JSON.parse(JSON.stringify(view))).toEqual(view)
  const walk = (v: unknown): void => {
    if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`bad value in ${JSON.stringify(view)}`)
    if (Array.isArray(v)) v.forEach(walk)
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk)
  }
  walk(view)
  const fields = view as unknown as Record<string, unknown>
  for (const key of REQUIRED_STRINGS[view.kind] ?? []) expect(typeof fields[key]).toBe('string')
  for (const list of [fields.items, fields.options, fields.fields]) {
    if (list !== undefined) expect(Array.isArray(list) && list.length <= 50).toBe(true)
  }
  if (Array.isArray(fields.items)) for (const item of fields.items) expect(typeof item.content).toBe('string')
}

const decodes = (m: ChatMessage) => expectWellFormed(decodeMessage(m))

const codes = Object.values(SRC) as string[]
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

const data = fc.oneof(
  { weight: 6, arbitrary: mutated },
  { weight: 4, arbitrary: deskPayload },
  { weight: 2, arbitrary: anyDesk },
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.anything().map(serialise),
  longStrings
)

describe('decodeMessage fuzz', () => {
  it('never throws on 3,000 random payloads and always returns a known kind', () => {
    fc.assert(
      fc.property(data, fc.constantFrom<'in' | 'out'>('in', 'out'), (payload, flow) => {
        decodes(customMessage(payload, { flow }))
      }),
      { numRuns: 3_000 }
    )
  })

  it('survives arbitrary bodies that break the seam types', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        decodes(message(body as never))
      }),
      { numRuns: 300 }
    )
  })

  it('survives deep nesting in every field a decoder reads', () => {
    const depth = 50_000
    const deepArray = '['.repeat(depth) + ']'.repeat(depth)
    const deepObject = '{"content":'.repeat(depth) + '0' + '}'.repeat(depth)
    for (const s of codes) {
      for (const deep of [deepArray, deepObject]) {
        decodes(customMessage(`{"customerServicePlugin":0,"src":"${s}","content":${deep},"menuContent":${deep},"chunks":${deep}}`))
        decodes(customMessage(`{"customerServicePlugin":0,"src":"${s}","content":{"items":${deep},"inputVariables":${deep}}}`))
      }
    }
  })

  it('survives a one-megabyte string', () => {
    const huge = 'x'.repeat(1_000_000)
    decodes(customMessage({ customerServicePlugin: 0, src: huge }))
    decodes(customMessage(huge))
  })
})
