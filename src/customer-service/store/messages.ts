// Pure reducers of a conversation's message list: sorted, unique by id, updated in place.
import type { ChatMessage } from '../im/types'
import { decodeMessage } from '../protocol'
import type { ListItem } from './state'

export function toItem(m: ChatMessage): ListItem {
  return { ...m, view: decodeMessage(m) }
}

/** Server order; takes anything with the fields it reads (the memory bound keeps only those of a dropped message). */
export function compareItems(a: Pick<ChatMessage, 'time' | 'sequence' | 'id'>, b: Pick<ChatMessage, 'time' | 'sequence' | 'id'>): number {
  return a.time - b.time || a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

// Lists are immutable arrays; the ids of each are cached so a delivery costs O(new messages), not O(list).
// A set may be shared by arrays with the same ids (modify) and grow with an append: a size that no longer
// matches the array's length says the set is another array's now, and it is rebuilt.
const idCache = new WeakMap<readonly ListItem[], Set<string>>()

export function idsOf(list: readonly ListItem[]): Set<string> {
  let ids = idCache.get(list)
  if (!ids || ids.size !== list.length) idCache.set(list, (ids = new Set(list.map((m) => m.id))))
  return ids
}

/** Where a message is: searched from the newest end, where deliveries, sends and streams land. */
export function indexById(list: readonly ListItem[], id: string): number {
  if (!idsOf(list).has(id)) return -1
  for (let i = list.length - 1; i >= 0; i--) if (list[i].id === id) return i
  return -1
}

/**
 * A streamed answer (src 31) only grows: its chunks are cumulative and it ends finished. A version behind the one
 * held — unfinished after a finished one, or shorter — is an older chunk that came late (a MESSAGE_MODIFIED held
 * back or delayed, a history page fetched before the last chunk) and must not replace the newer text: no later
 * chunk would come to repair it.
 */
function isStaleStream(held: ListItem, incoming: ListItem): boolean {
  const a = held.view
  const b = incoming.view
  if (a.kind !== 'stream' || b.kind !== 'stream' || b.finished) return false
  // Ended locally as interrupted (stream-watch), not by the desk: text that grew after all is newer.
  if (a.interrupted) return b.markdown.length <= a.markdown.length
  return a.finished || b.markdown.length < a.markdown.length
}

const inOrderAt = (list: ListItem[], i: number) => (i === 0 || compareItems(list[i - 1], list[i]) <= 0) && (i === list.length - 1 || compareItems(list[i], list[i + 1]) <= 0)

/**
 * Adds messages. A message already in the list is kept as is (`keep`) — a repeated delivery of
 * the original must not undo a later modification — or replaced (`replace`) when the source is
 * authoritative (history pages, send results).
 */
export function mergeMessages(list: ListItem[], incoming: ChatMessage[], onDuplicate: 'keep' | 'replace'): ListItem[] {
  if (!incoming.length) return list
  const known = idsOf(list)
  let next: ListItem[] | undefined
  let moved = false
  const fresh: ListItem[] = []
  const seen = new Set<string>()
  for (const m of incoming) {
    if (!m || !m.id || seen.has(m.id)) continue
    seen.add(m.id)
    if (!known.has(m.id)) fresh.push(toItem(m))
    else if (onDuplicate === 'replace') {
      const at = indexById(list, m.id) // same position in the copy; asking the list uses its cached ids
      const item = toItem(m)
      if (isStaleStream(list[at], item)) continue
      next = next || list.slice()
      next[at] = item
      // A send result carries the server's time and sequence: the message may have to move.
      moved = moved || !inOrderAt(next, at)
    }
  }
  if (!fresh.length && !next) return list
  const base = next || list
  fresh.sort(compareItems)
  // Common case: everything new is newer than what we have — append without a full sort.
  const append = !moved && (!fresh.length || !base.length || compareItems(base[base.length - 1], fresh[0]) <= 0)
  // And an older history page: everything new is older than what we have — prepend.
  const prepend = !append && !moved && compareItems(fresh[fresh.length - 1], base[0]) <= 0
  const out = append ? (fresh.length ? base.concat(fresh) : base) : prepend ? fresh.concat(base) : base.concat(fresh).sort(compareItems)
  for (const m of fresh) known.add(m.id)
  idCache.set(out, known)
  return out
}

/**
 * Replaces known messages in place (MESSAGE_MODIFIED: streaming, selections); unknown ones are ignored, and so
 * is a stream chunk older than the version held.
 */
export function modifyMessages(list: ListItem[], modified: ChatMessage[]): ListItem[] {
  let next: ListItem[] | undefined
  for (const m of modified) {
    const at = m ? indexById(list, m.id) : -1
    if (at < 0) continue
    const held = (next || list)[at]
    const item = toItem({ ...m, status: m.status || held.status })
    if (isStaleStream(held, item)) continue
    next = next || list.slice()
    next[at] = item
  }
  if (next) idCache.set(next, idsOf(list))
  return next || list
}

export function revokeMessages(list: ListItem[], ids: string[]): ListItem[] {
  const wanted = new Set(ids)
  let changed = false
  const next = list.map((m) => {
    if (!wanted.has(m.id) || m.isRevoked) return m
    changed = true
    return { ...m, isRevoked: true }
  })
  return changed ? next : list
}

/** A message the user just created: shown at once with status 'sending'. */
export function addPending(list: ListItem[], m: ChatMessage): ListItem[] {
  return mergeMessages(list, [{ ...m, status: 'sending' }], 'replace')
}

/** The outcome of a send: the server's version (sent) or the failed one. */
export function settleSend(list: ListItem[], m: ChatMessage, status: 'sent' | 'failed'): ListItem[] {
  return mergeMessages(list, [{ ...m, status }], 'replace')
}

export function setProgress(list: ListItem[], id: string, progress: number): ListItem[] {
  const at = list.findIndex((m) => m.id === id)
  if (at < 0 || list[at].progress === progress) return list
  const next = list.slice()
  next[at] = { ...next[at], progress }
  return next
}
