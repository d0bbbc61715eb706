// Readers for untrusted JSON: each takes `unknown` and returns a value of the promised type,
// so the decoders never have to trust what a desk (or a newer desk) puts on the wire.
import type { CardField, MenuItem } from './types'

export type Json = Record<string, unknown>

/** Most items a card may carry: a desk bug must not make the list render thousands of rows. */
export const MAX_ITEMS = 50

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

export const record = (v: unknown): Json => (isRecord(v) ? v : {})

/** Longest JSON string parsed as a nested object: a Desk message is at most 12 KB, so anything longer is not one. */
const MAX_NESTED_JSON = 64_000

/**
 * A nested object that may arrive as an object or as its JSON string: Tencent's Android Desk kit parses
 * `content`, `menuContent` and `selected` either way, so a real desk may send both. Anything else is {}.
 */
export function nested(v: unknown): Json {
  if (isRecord(v)) return v
  if (typeof v !== 'string' || v.length > MAX_NESTED_JSON || !/^\s*\{/.test(v)) return {}
  try {
    const parsed: unknown = JSON.parse(v)
    return isRecord(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

/**
 * Longest string a card field or label keeps, and the longest URL accepted. Tencent IM caps a whole
 * message at 12 KB, so real Desk fields are far shorter; the cap keeps a broken or hostile payload
 * from filling a row.
 */
export const MAX_STRING = 2_048
/** Longest text message shown: the IM's own 12 KB message limit, in characters. */
export const MAX_TEXT = 12_000
/** Longest markdown answer kept (the renderer parses at most 20,000 characters anyway). */
export const MAX_MARKDOWN = 20_000

/** `s` cut to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s
  const end = /[\uD800-\uDBFF]/.test(s[max - 1]) ? max - 1 : max
  return `${s.slice(0, end)}…`
}

/** Strings (clipped to `max`); finite numbers as String(n) (ids and prices arrive as numbers too); else `fallback`. */
export function str(v: unknown, fallback = '', max = MAX_STRING): string {
  if (typeof v === 'string') return clip(v, max)
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return fallback
}

/** A URL as sent, or '' when it is not a string or longer than MAX_STRING: a cut URL could point elsewhere. */
export function url(v: unknown): string {
  return typeof v === 'string' && v.length <= MAX_STRING ? v : ''
}

/** Like url, with absent and blank values as undefined. */
export function optUrl(v: unknown): string | undefined {
  const u = url(v)
  return u.trim() ? u : undefined
}

/** Like str, but blank values are left out (undefined) rather than rendered as empty text. */
export function optStr(v: unknown): string | undefined {
  const s = str(v)
  return s.trim() ? s : undefined
}

/** Finite numbers and numeric strings; anything else is `fallback`. */
export function num(v: unknown, fallback = 0): number {
  if (typeof v === 'number') return Number.isFinite(v) ? v : fallback
  if (typeof v === 'string' && v.trim()) {
    const n = Number(v)
    return Number.isFinite(n) ? n : fallback
  }
  return fallback
}

/** A finite number (or numeric string) when present; undefined otherwise. */
export function optNum(v: unknown): number | undefined {
  const n = num(v, NaN)
  return Number.isNaN(n) ? undefined : n
}

/** Whether the value is a number or a numeric string (a flag that is present at all). */
export const isNumeric = (v: unknown) => optNum(v) !== undefined

/** Booleans, 0/1 and 'true'/'false'/'0'/'1'; anything else is `fallback`. */
export function bool(v: unknown, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v
  if (typeof v === 'number') return v !== 0
  if (v === 'true' || v === '1') return true
  if (v === 'false' || v === '0') return false
  return fallback
}

/** The value as an array of at most `max` entries; non-arrays are empty. */
export const list = (v: unknown, max = MAX_ITEMS): unknown[] => (Array.isArray(v) ? v.slice(0, max) : [])

/** Menu entries: objects with `content` (strings are accepted as content); empty ones are dropped. */
export function menuItems(v: unknown): MenuItem[] {
  const items: MenuItem[] = []
  for (const entry of list(v)) {
    const e = isRecord(entry) ? entry : { content: entry }
    const content = str(e.content)
    if (!content.trim()) continue
    const desc = optStr(e.desc)
    const item: MenuItem = desc === undefined ? { content } : { content, desc }
    // Kept as sent: whether it may be opened is decided on tap, by the same allow-list as toolbar links.
    const link = optStr(e.url)?.trim()
    if (link && link.length <= 2048) item.url = link
    items.push(item)
  }
  return items
}

/** `customField` of product and order cards: named values (and a customerValue); nameless entries are dropped. */
export function cardFields(v: unknown): CardField[] {
  return list(v)
    .map(record)
    .map((f) => {
      const customerValue = optStr(f.customerValue)
      const field = { name: str(f.name), value: str(f.value) }
      return customerValue === undefined ? field : { ...field, customerValue }
    })
    .filter((f) => f.name.trim() !== '')
}

/**
 * A chosen menu entry: an object with `content`, that object as a JSON string, or the chosen text itself;
 * null/empty mean "nothing chosen". A brace-led string is read as JSON only, so raw JSON never reaches the screen.
 */
export function chosen(v: unknown): string | undefined {
  if (typeof v === 'string' && /^\s*\{/.test(v)) return optStr(nested(v).content)
  return optStr(isRecord(v) ? v.content : v)
}

/** Drops keys whose value is undefined, so optional view fields are absent rather than undefined. */
export function compact<T extends object>(o: T): T {
  const out = { ...o }
  for (const key of Object.keys(out) as (keyof T)[]) {
    if (out[key] === undefined) delete out[key]
  }
  return out
}
