// Small formatting helpers for the list (times and link segments).

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

/** "14:05" today, "11-20 14:05" this year, "2025-11-20 14:05" before. */
export function formatTime(seconds: number, nowSeconds: number): string {
  const d = new Date(seconds * 1000)
  const now = new Date(nowSeconds * 1000)
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  if (d.toDateString() === now.toDateString()) return hm
  const md = `${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  return d.getFullYear() === now.getFullYear() ? `${md} ${hm}` : `${d.getFullYear()}-${md} ${hm}`
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
