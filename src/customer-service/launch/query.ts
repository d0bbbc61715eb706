/**
 * Reading the page query. WeChat hands `onLoad` the values as they were written in the URL (not
 * decoded); Taro's H5 router may hand them decoded or not; hosts encode zero, one or two times.
 * `buildServiceUrl` adds a canary whose decoded value is known ('%'), so the parser can tell
 * exactly how many decodes the values still need. Without it (hand-written URLs), decoding is
 * heuristic: see `decodeLoose`.
 */

import { CANARY_KEY, CANARY_VALUE } from './canary'

export { CANARY_KEY, CANARY_VALUE }

/** Keys the platforms add to page params themselves. */
const PLATFORM_KEYS = new Set(['$taroTimestamp', 'stamp', '__key_', 'scene'])

const MAX_DECODES = 3

export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/** Decodes `times` times; undefined when a step is not valid percent-encoding. */
export function decodeTimes(value: string, times: number): string | undefined {
  let v: string | undefined = value
  for (let i = 0; i < times && v !== undefined; i++) v = safeDecode(v)
  return v
}

/** Decodes still-encoded text of a hand-written URL: only while it clearly looks encoded. */
export function decodeLoose(value: string): string {
  let v = value
  for (let i = 0; i < MAX_DECODES && /%[0-9A-Fa-f]{2}/.test(v); i++) {
    const next = safeDecode(v)
    if (next === undefined || next === v) break
    v = next
  }
  return v
}

/** How many decodes the builder-encoded values still need, or undefined without a canary. */
export function pendingDecodes(canary: unknown): number | undefined {
  if (typeof canary !== 'string') return undefined
  let v: string | undefined = canary
  for (let n = 0; n <= MAX_DECODES && v !== undefined; n++) {
    if (v === CANARY_VALUE) return n
    v = safeDecode(v)
  }
  return undefined
}

/** Splits a query string the way WeChat does: `&` separates pairs, a value ends at the next `=`. */
export function splitQueryString(search: string): Record<string, string> {
  const out: Record<string, string> = {}
  const q = search.indexOf('?')
  let s = q >= 0 ? search.slice(q + 1) : search
  // A second `?` ends the query, and a `#` starts the fragment.
  s = s.split('?')[0].split('#')[0]
  for (const pair of s.split('&')) {
    if (!pair) continue
    const [key, value] = pair.split('=')
    out[key] = value === undefined ? 'undefined' : value
  }
  return out
}

export interface RawQuery {
  /** Values as received; strings are still possibly encoded. */
  values: Record<string, unknown>
  /** Decodes still needed for builder-encoded values; undefined for hand-written URLs. */
  decodes: number | undefined
}

export function readQuery(query: unknown): RawQuery {
  let entries: Record<string, unknown> = {}
  if (typeof query === 'string') entries = splitQueryString(query)
  else if (query && typeof query === 'object' && !Array.isArray(query)) entries = { ...(query as Record<string, unknown>) }
  const values: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entries)) {
    if (!key || PLATFORM_KEYS.has(key) || key === CANARY_KEY || key.startsWith('$taro')) continue
    values[key] = value
  }
  return { values, decodes: pendingDecodes(entries[CANARY_KEY]) }
}

/** A query value that means "not given": absent, empty, or what WeChat makes of `?key` / `key=null`. */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === 'undefined' || value === 'null'
}
