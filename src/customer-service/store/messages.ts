// Pure reducers of a conversation's message list: sorted, unique by id, updated in place.
import type { ChatMessage } from '../im/types'
import { decodeMessage } from '../protocol'
import type { ListItem } from './state'

export function toItem(m: ChatMessage): ListItem {
  return { ...m, view: decodeMessage(m) }
}

export function compareItems(a: ChatMessage, b: ChatMessage): number {
  return a.time - b.time || a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * Adds messages. A message already in the list is kept as is (`keep`) — a repeated delivery of
 * the original must not undo a later modification — or replaced (`replace`) when the source is
 * authoritative (history pages, send results).
 */
export function mergeMessages(list: ListItem[], incoming: ChatMessage[], onDuplicate: 'keep' | 'replace'): ListItem[] {
  if (!incoming.length) return list
  const index = new Map<string, number>()
  list.forEach((m, i) => index.set(m.id, i))
  let next: ListItem[] | undefined
  const fresh: ListItem[] = []
  const seen = new Set<string>()
  for (const m of incoming) {
    if (!m || !m.id || seen.has(m.id)) continue
    seen.add(m.id)
    const at = index.get(m.id)
    if (at === undefined) fresh.push(toItem(m))
    else if (onDuplicate === 'replace') {
      next = next || list.slice()
      next[at] = toItem(m)
    }
  }
  if (!fresh.length && !next) return list
  const base = next || list
  fresh.sort(compareItems)
  // Common case: everything new is newer than what we have — append without a full sort.
  if (next === undefined && (!base.length || compareItems(base[base.length - 1], fresh[0]) <= 0)) return base.concat(fresh)
  return base.concat(fresh).sort(compareItems)
}

/** Replaces known messages in place (MESSAGE_MODIFIED: streaming, selections); unknown ones are ignored. */
export function modifyMessages(list: ListItem[], modified: ChatMessage[]): ListItem[] {
  let next: ListItem[] | undefined
  const index = new Map<string, number>()
  list.forEach((m, i) => index.set(m.id, i))
  for (const m of modified) {
    const at = index.get(m?.id)
    if (at === undefined) continue
    next = next || list.slice()
    next[at] = toItem({ ...m, status: m.status || next[at].status })
  }
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
