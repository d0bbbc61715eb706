// Small formatting helpers for the list (times and link segments).

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

type Span = 'time' | 'day' | 'year'
const OPTIONS: Record<Span, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  day: { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  year: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
}
const formatters = new Map<string, Intl.DateTimeFormat | null>()

/**
 * The locale's own date format, or null where the JS engine lacks Intl or this locale's data (some WeChat
 * Android engines ship without full ICU): then the numeric format below is used.
 */
function localFormat(locale: string, span: Span): Intl.DateTimeFormat | null {
  const key = `${locale}|${span}`
  let f = formatters.get(key)
  if (f !== undefined) return f
  try {
    f = typeof Intl !== 'undefined' && Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? new Intl.DateTimeFormat(locale, OPTIONS[span]) : null
  } catch {
    f = null
  }
  formatters.set(key, f)
  return f
}

/**
 * Today the time only, this year the day and time, before that the year too: in the locale's format
 * ("14:05", "11月20日 14:05", "Nov 20, 2:05 PM", "20 พ.ย. 14:05"); without a locale (or Intl) numeric:
 * "14:05", "11-20 14:05", "2025-11-20 14:05".
 */
export function formatTime(seconds: number, nowSeconds: number, locale?: string): string {
  const d = new Date(seconds * 1000)
  const now = new Date(nowSeconds * 1000)
  const span: Span = d.toDateString() === now.toDateString() ? 'time' : d.getFullYear() === now.getFullYear() ? 'day' : 'year'
  const local = locale ? localFormat(locale, span) : null
  if (local) return local.format(d)
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  const md = `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  return span === 'time' ? hm : span === 'day' ? `${md} ${hm}` : `${d.getFullYear()}-${md} ${hm}`
}

/** A time separator goes before a message more than five minutes after the previous one. */
export const needsSeparator = (prev: number | undefined, time: number) => prev === undefined || time - prev > 300

export type Segment = { text: string; link?: string }

// http(s) URLs, and mini-program page paths after a space or at the start. Trailing punctuation is not
// part of the link. (No lookbehind: older iOS JavaScriptCore cannot parse it.)
const LINK = /(https?:\/\/[^\s<>"'`，。！？；、）》]*[^\s<>"'`，。！？；、）》.,;:!?)\]])|(^|\s)(\/pages\/[A-Za-z0-9_\-/]+(?:\?[^\s<>"'`，。]*)?)/g

/**
 * Most tappable links in one text. Real messages carry a few; a text made of links (spam, a broken
 * desk) would otherwise cost one node each. The rest stays readable as plain text.
 */
export const MAX_LINKS = 20

/** Splits text into plain and link segments; only http(s) URLs and /pages/ paths become links. */
export function linkSegments(text: string, maxLinks = MAX_LINKS): Segment[] {
  const out: Segment[] = []
  let last = 0
  let links = 0
  LINK.lastIndex = 0
  for (let m = LINK.exec(text); m && links < maxLinks; m = LINK.exec(text)) {
    const link = m[1] || m[3]
    const at = (m.index ?? 0) + (m[1] ? 0 : (m[2] || '').length)
    if (at > last) out.push({ text: text.slice(last, at) })
    out.push({ text: link, link })
    last = at + link.length
    links += 1
  }
  if (last < text.length) out.push({ text: text.slice(last) })
  return out
}
