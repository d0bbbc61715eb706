// The emoji the panel offers, the recently used ones, and the edits it makes to the draft.
// Unicode only, no images: 111 common emoji in one string (441 bytes), split once. Every entry is one
// code point, some followed by U+FE0F (emoji style), so a tiny regex splits it without Intl.Segmenter.
import Taro from '@tarojs/taro'

export const EMOJI = '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰🙂🤗🤩🤔😐😑🙄😏😣😥😮🤐😫😴😌😛😜😝😒😔😕🙃🙁😤😢😭😨😩🤯😬😰😱😳🤪😵😡😠😷🤮😇🥳🥺🤫🤭🤓😈👻💩👍👎👌✌️🤞🤝🙏👏🙌💪👋👉✊👊❤️🧡💛💚💙💜🖤💔💕💯🔥✨🎉🎁🌹🌸☀️🌙⭐⚡☕🍰🎂💰💡📱✅❌❓❗🐶🐱🚀🏆'.match(
  /[\ud800-\udbff]?.\ufe0f?/g
) as string[]

/** A selection in the draft, [start, end) in UTF-16 units; start === end is a caret. */
export type Sel = [number, number]

/** The draft with `s` in place of the selection, and the caret right after `s`. */
export const insert = (text: string, [a, b]: Sel, s: string): [string, number] => [text.slice(0, a) + s + text.slice(b), a + s.length]

/** The draft without the selection or, at a caret, without the whole character before it. */
export const erase = (text: string, [a, b]: Sel) => insert(text, [a < b ? a : lastStart(text.slice(0, b)), b], '')

// Code points that belong to the one before them: ZWJ, variation selector, keycap, skin tones, tags, combining marks.
const joins = (x: number) =>
  x === 0x200d || x === 0xfe0f || x === 0x20e3 || (x > 0x1f3fa && x < 0x1f400) || (x > 0xe001f && x < 0xe0080) || (x > 0x2ff && x < 0x370)
const regional = (x: number) => x > 0x1f1e5 && x < 0x1f200

// Intl.Segmenter is missing from this TypeScript lib setting; only the part used here.
type Segmenter = new () => { segment(s: string): Iterable<{ index: number }> }

/** Where the last user-perceived character (grapheme) of `s` starts: a ZWJ family, a flag, a skin tone stay whole. */
export function lastStart(s: string): number {
  const Segmenter = typeof Intl === 'object' && (Intl as unknown as { Segmenter?: Segmenter }).Segmenter
  if (Segmenter) return Array.from(new Segmenter().segment(s)).pop()?.index ?? 0
  // No Segmenter (older WeChat engines): walk back over code points that join the previous one.
  const c = Array.from(s)
  const at = (k: number) => c[k]?.codePointAt(0) ?? 0
  let i = c.length - 1
  while (i > 0 && (joins(at(i)) || at(i - 1) === 0x200d)) i--
  // Regional indicators pair up from the start of their run: an odd one before means this one is the second of a flag.
  let n = 0
  if (regional(at(i))) while (regional(at(i - 1 - n))) n++
  return c.slice(0, Math.max(i - (n % 2), 0)).join('').length
}

const KEY = 'cs-emoji-recent'

/** The recently used emoji from storage; anything else found there (garbage, another version's data) is ignored. */
export function loadRecent(): string[] {
  try {
    const list: unknown = JSON.parse(Taro.getStorageSync(KEY))
    return Array.isArray(list) ? list.filter((e, i) => EMOJI.includes(e) && list.indexOf(e) === i).slice(0, 8) : []
  } catch {
    return []
  }
}

/** `e` first, no duplicates, at most 8; saved for the next visit. */
export function remember(e: string, recent: string[]): string[] {
  const next = [e, ...recent.filter((x) => x !== e)].slice(0, 8)
  try {
    Taro.setStorageSync(KEY, JSON.stringify(next))
  } catch {
    // Storage full or unavailable: the row still works for this visit.
  }
  return next
}
