// Property tests: whatever the host passes, the page gets it back exactly — however the platform
// delivers the query; and no malformed query ever throws or yields an unnamed error.
import * as fc from 'fast-check'
import { buildServiceUrl, formatIssue, KNOWN_PARAMS, parseLaunchParams } from '../../../src/customer-service/launch'
import type { LaunchIssue } from '../../../src/customer-service/launch'
import { splitQueryString } from '../../../src/customer-service/launch/query'
import { launchParams, quickOrder } from '../../builders/launch-arbitraries'

const RUNS = 10_000

/** What WeChat hands onLoad: the query split at & and =, values not decoded. */
export const decodeAsWeChatWould = (url: string) => splitQueryString(url)
/** What a router that decodes once (H5) hands the page. */
const decodeAsH5Would = (url: string) =>
  Object.fromEntries(Object.entries(splitQueryString(url)).map(([k, v]) => [k, decodeURIComponent(v)]))
/** A host that encodes the built values once more before navigating. */
const encodedTwice = (url: string) =>
  Object.fromEntries(Object.entries(splitQueryString(url)).map(([k, v]) => [k, encodeURIComponent(v)]))

const deliveries = { WeChat: decodeAsWeChatWould, H5: decodeAsH5Would, 'host encoded twice': encodedTwice }

describe('buildServiceUrl → platform → parseLaunchParams round trip', () => {
  it.each(Object.entries(deliveries))(`returns the params exactly for ${RUNS} generated sets (%s)`, (_name, deliver) => {
    fc.assert(
      fc.property(launchParams, (p) => {
        const url = buildServiceUrl(p, { maxLength: 1e7 })
        const r = parseLaunchParams(deliver(url))
        if (!r.ok) throw new Error(`errors: ${JSON.stringify(r.errors)}`)
        expect(r.warnings).toEqual([])
        // (generated records have null prototypes; compare plain copies)
        expect(r.params).toStrictEqual(JSON.parse(JSON.stringify(p)))
      }),
      { numRuns: RUNS, seed: 20261121 }
    )
  })

  it('built URLs contain no raw character that WeChat would split on', () => {
    fc.assert(
      fc.property(launchParams, (p) => {
        const query = buildServiceUrl(p, { maxLength: 1e7 }).split('?').slice(1)
        expect(query).toHaveLength(1)
        for (const pair of query[0].split('&')) expect(pair.split('=')).toHaveLength(2)
      }),
      { numRuns: 1000, seed: 7 }
    )
  })
})

const fieldNames = new Set<string>(KNOWN_PARAMS)
const topField = (f: string) => f.split(/[.[]/)[0]

function expectNamed(issues: LaunchIssue[], query: Record<string, unknown>) {
  for (const i of issues) {
    expect(typeof i.field).toBe('string')
    expect(i.field.length).toBeGreaterThan(0)
    // Every issue names a known parameter, or the unknown key the host actually sent.
    expect(fieldNames.has(topField(i.field)) || i.field in query).toBe(true)
    for (const lang of ['zh', 'en'] as const) expect(formatIssue(i, lang)).toContain(i.field)
  }
}

// Malformed values: truncated JSON, wrong types, double encoding, nulls, arrays where objects belong.
const truncated = (a: fc.Arbitrary<unknown>) =>
  fc.tuple(a, fc.nat()).map(([v, n]) => {
    const s = JSON.stringify(v)
    return s.slice(0, n % Math.max(1, s.length))
  })
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('undefined', 'null', '', '%', '%E4%B8', '[', '{"a":', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '0', '-1', '1e99', 'NaN', 'true'),
  fc.integer().map(String),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => encodeURIComponent(encodeURIComponent(JSON.stringify(v)))),
  truncated(quickOrder),
  truncated(fc.array(fc.record({ title: fc.string(), isPreset: fc.integer(), presetId: fc.string(), icon: fc.string(), content: fc.string(), type: fc.integer() }))),
  fc.anything(),
  fc.array(fc.string()),
  fc.record({ title: fc.constant('javascript:alert(1)'), isPreset: fc.constant(0), type: fc.constant(2), content: fc.constantFrom('javascript:alert(1)', 'data:text/html,x', ' JAVASCRIPT:x', 'vbscript:x') }).map((b) => JSON.stringify([b]))
)
const malformedQuery = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_PARAMS, 'csq'), fc.string({ maxLength: 12 })), junk, { maxKeys: 10 })

const UNSAFE = /^\s*(javascript|data|vbscript|file|blob):/i

describe('malformed launch queries', () => {
  it(`never throw and always name the field (${RUNS} generated queries)`, () => {
    fc.assert(
      fc.property(malformedQuery, (query) => {
        const r = parseLaunchParams(query)
        expectNamed(r.warnings, query)
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0)
          expectNamed(r.errors, query)
          return
        }
        const p = r.params
        expect(p.customerServiceIDList).toContain(p.customerServiceID)
        const urls = [p.avatar, p.bottomQuickOrder?.url, p.bottomQuickOrder?.pic, ...p.toolbarButtonList.flatMap((b) => [b.icon, b.type === 2 ? b.content : undefined])]
        for (const u of urls) if (u !== undefined) expect(u).not.toMatch(UNSAFE)
      }),
      { numRuns: RUNS, seed: 42 }
    )
  })

  it('also survive arbitrary values that are not query objects', () => {
    fc.assert(
      fc.property(fc.anything(), (q) => {
        const r = parseLaunchParams(q)
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 2000, seed: 3 }
    )
  })
})
