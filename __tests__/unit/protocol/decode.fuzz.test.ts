// decodeMessage is total: random payload.data strings, random JSON near the Desk vocabulary, deep nesting
// and long strings never throw and always give a well-formed view.
import * as fc from 'fast-check'
import { decodeMessage } from '../../../src/customer-service/protocol'
import { NAMED_NOT_DRAWN } from '../../../src/customer-service/protocol/decode'
import type { DeskView, DeskViewKind } from '../../../src/customer-service/protocol'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { codes, data } from './arbitraries'
import { customMessage, message } from './builders'
import { REFERENCE } from './fixtures'

// A Record over DeskViewKind: adding a kind to the union without listing it here fails to compile.
const KINDS: Record<DeskViewKind, true> = {
  text: true, image: true, video: true, file: true, sound: true, richText: true, stream: true, welcome: true,
  branch: true, workflowBranch: true, formQuestion: true, form: true, product: true, order: true, rating: true,
  notice: true, typing: true, thinking: true, ratingSettings: true, botStatus: true, hidden: true, unsupported: true,
  location: true, face: true, relay: true
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

describe('decodeMessage fuzz', () => {
  it('never throws on 3,000 random payloads and always returns a known kind', () => {
    fc.assert(
      fc.property(data, fc.constantFrom<'in' | 'out'>('in', 'out'), (payload, flow) => {
        decodes(customMessage(payload, { flow }))
      }),
      { numRuns: 3_000, seed: 0x10 }
    )
  })

  it('survives arbitrary bodies that break the seam types', () => {
    fc.assert(
      fc.property(fc.anything(), (body) => {
        decodes(message(body as never))
      }),
      { numRuns: 300, seed: 0x11 }
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

  it('caps 100,000-item arrays in every field a card reads', () => {
    // Built as text once: numbers read as item contents, so the arrays are cheap to parse 30 times over.
    const numbers = `[${'1,'.repeat(99_999)}1]`
    const objects = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ content: `c${i}`, id: String(i), name: `n${i}`, value: 'v' })))
    for (const s of codes) {
      const fields = (a: string) => `"chunks":${a},"content":{"items":${a},"inputVariables":${a},"customField":${a}},"menuContent":{"menu":${a}}`
      decodes(customMessage(`{"customerServicePlugin":0,"src":"${s}",${fields(numbers)}}`))
      if (['15', '33', '9'].includes(s)) decodes(customMessage(`{"customerServicePlugin":0,"src":"${s}",${fields(objects)}}`))
    }
  })

  it('reads valid JSON that is not an object, or not Desk, as unsupported (the grey row)', () => {
    for (const raw of ['null', '[]', '42', '"text"', 'true', '{}', '{"src":"30","content":"x"}', '{"customerServicePlugin":null,"src":"30"}', '{"chatbotPlugin":1,"customerServicePlugin":0,"src":"22"}']) {
      expect(decodeMessage(customMessage(raw)).kind).toBe('unsupported')
    }
  })

  it('reads src codes it does not know as unsupported (the grey row), whatever they carry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 44, max: 10_000 }).map(String), fc.string({ minLength: 1, maxLength: 12 }).filter((x) => !codes.includes(x.trim()) && !NAMED_NOT_DRAWN.has(x.trim()) && x.trim() !== '')), fc.jsonValue({ maxDepth: 3 }), (src, content) => {
        expect(decodeMessage(customMessage({ customerServicePlugin: 0, src, content })).kind).toBe('unsupported')
      }),
      { numRuns: 500, seed: 0x12 }
    )
  })

  it('ignores fields a newer desk adds, at every level: the view is the same as without them (form variables echo them back)', () => {
    const newer = (node: unknown, extra: unknown): unknown => {
      if (Array.isArray(node)) return node.map((n) => newer(n, extra))
      if (typeof node !== 'object' || node === null) return node
      const copy: Record<string, unknown> = { version: 2, ext_v2: extra, __future: { nested: [extra] } }
      for (const [k, v] of Object.entries(node)) copy[k] = newer(v, extra)
      return copy
    }
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(REFERENCE)), fc.jsonValue({ maxDepth: 2 }), (reference, extra) => {
        const plain = decodeMessage(customMessage(reference))
        const withNewer = decodeMessage(customMessage(newer(JSON.parse(reference), extra)))
        // A form keeps each desk variable whole, newer fields included, to send it back on submit as the kits do.
        if (withNewer.kind === 'form' && plain.kind === 'form') {
          for (const f of withNewer.fields) expect(f.echo).toHaveProperty('ext_v2')
          const strip = (v: typeof plain) => ({ ...v, fields: v.fields.map(({ echo: _echo, ...f }) => f) })
          expect(strip(withNewer)).toEqual(strip(plain))
        } else expect(withNewer).toEqual(plain)
      }),
      { numRuns: 300, seed: 0x13 }
    )
  })
})
