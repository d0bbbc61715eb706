// Quotes (引用): a text that quotes another message carries `messageReply` in its cloudCustomData, as
// Tencent's chat kits write and read it (docs/desk-protocol.md, "Quote"). The same cloudCustomData may hold
// the Desk's own keys (role, messageType, scene) or ours (BranchOptionInfo): read tolerantly, merge, never clobber.
import { clip, nested, num, str } from './coerce'
import type { DeskView } from './types'

/** A quoted message as the wire names it; `type` is the IM element type (1 text, 2 custom, 3 image, …, 10 merged). */
export interface Quote {
  id: string
  sender: string
  abstract: string
  type: number
}

/** Longest abstract kept or sent: a quote block shows one or two lines. */
export const MAX_ABSTRACT = 120

const line = (s: string, max = MAX_ABSTRACT) => clip(s.replace(/\s+/g, ' ').trim(), max)

/** The quote a message carries; anything malformed (no id, not an object, broken JSON) is no quote. */
export function quoteOf(cloudCustomData: unknown): Quote | undefined {
  const r = nested(nested(cloudCustomData).messageReply)
  const id = str(r.messageID, '', 300)
  if (!id.trim() || id.length > 256) return undefined
  // The Flutter kit also reads an abstract that is itself JSON ({summary, elemType, msgID, timestamp, seq});
  // other JSON there is not shown (raw JSON never reaches the screen).
  const a = str(r.messageAbstract)
  const json = nested(a)
  const type = num(r.messageType ?? json.elemType)
  return { id, sender: line(str(r.messageSender), 40), abstract: line(/^\s*\{/.test(a) ? str(json.summary) : a), type: type > 0 && type < 11 ? type | 0 : 0 }
}

/** `cloudCustomData` with the quote added in the Desk kit's shape; every other key is kept. */
export function withQuote(cloudCustomData: string | undefined, q: Quote): string {
  const messageReply = { messageID: q.id, messageAbstract: q.abstract, messageSender: q.sender, messageType: q.type, version: 1 }
  return JSON.stringify({ ...nested(cloudCustomData), messageReply })
}

const ELEM_TYPES: Partial<Record<DeskView['kind'], number>> = { text: 1, image: 3, sound: 4, video: 5, file: 6, location: 7, face: 8, relay: 10 }

/** What a view says in one line: its text (markdown as plain text) or title; with `labels[type]` ([图片] …) before it for media. */
export function abstractOf(view: DeskView, labels: string[]): string {
  const type = ELEM_TYPES[view.kind] ?? 2
  const label = labels[type] || labels[0]
  const v = view as Partial<Record<string, string>>
  const md = v.markdown?.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[#>*_`~|]+/g, '')
  const text = md ?? v.title ?? v.header ?? v.name ?? v.head ?? v.tip ?? v.description ?? v.text
  return line(type < 3 ? text || label : text ? `${label} ${text}` : label)
}

/** A quote of a list message, named by `sender` as the user saw it. */
export const quoteFrom = (m: { id: string; view: DeskView }, sender: string, labels: string[]): Quote => ({
  id: m.id,
  sender: line(sender, 40),
  abstract: abstractOf(m.view, labels),
  type: ELEM_TYPES[m.view.kind] ?? 2
})
