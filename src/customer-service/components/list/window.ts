// Windowing of a long message list: only a screenful or two of bubbles is mounted. The window is
// kept as message ids (not indices) so prepending history does not move it.

/** Bubbles mounted in a fresh window. */
export const WINDOW = 24
/** Past this span the window is compacted back to WINDOW (one bigger update, amortised). */
export const MAX_SPAN = 48

export interface ListWindow {
  /** First mounted message id; undefined: the last WINDOW messages. */
  firstId?: string
  /** Last mounted message id; undefined: pinned to the newest message. */
  lastId?: string
}

export const PINNED: ListWindow = {}

export function rangeOf(ids: string[], w: ListWindow): [number, number] {
  let end = w.lastId === undefined ? ids.length : ids.indexOf(w.lastId) + 1
  if (end <= 0) end = ids.length
  let start = w.firstId === undefined ? end - WINDOW : ids.indexOf(w.firstId)
  if (start < 0 || start >= end) start = end - WINDOW
  if (end - start > MAX_SPAN) start = end - WINDOW
  return [Math.max(0, start), end]
}

/** Mount `step` older messages (the user scrolled to the top of the window). */
export function revealOlder(ids: string[], w: ListWindow, step = WINDOW / 2): ListWindow {
  const [start, end] = rangeOf(ids, w)
  const nextStart = Math.max(0, start - step)
  let nextEnd = end
  // Keep the span bounded: drop from the bottom, which unpins the window.
  if (nextEnd - nextStart > MAX_SPAN) nextEnd = nextStart + MAX_SPAN
  return { firstId: ids[nextStart], lastId: nextEnd >= ids.length ? undefined : ids[nextEnd - 1] }
}

/** Mount `step` newer messages (the user scrolled to the bottom of an unpinned window). */
export function revealNewer(ids: string[], w: ListWindow, step = WINDOW / 2): ListWindow {
  const [start, end] = rangeOf(ids, w)
  const nextEnd = Math.min(ids.length, end + step)
  const nextStart = nextEnd - start > MAX_SPAN ? nextEnd - MAX_SPAN : start
  return { firstId: ids[nextStart], lastId: nextEnd >= ids.length ? undefined : ids[nextEnd - 1] }
}

export const isPinned = (w: ListWindow) => w.lastId === undefined

/** A fresh window with the message at `index` in it, a little below its top (to show a quoted original). */
export function around(ids: string[], index: number): ListWindow {
  const first = Math.max(0, index - 4)
  const last = Math.min(ids.length, first + WINDOW)
  return { firstId: ids[first], lastId: last >= ids.length ? undefined : ids[last - 1] }
}

/** Ids usable as element ids (scroll-into-view targets must start with a letter). */
export const anchorId = (messageId: string) => `cs-m-${messageId.replace(/[^A-Za-z0-9_-]/g, '_')}`

/**
 * Slot of each mounted row, as `slots[slot] = id`: an id keeps its slot while it stays mounted, a new id
 * takes the lowest free slot, and the number of slots never shrinks. Why: the mini-program runtime sends a
 * removed child's parent again with *all* its children through setData (≈ 15 KB for a window of rows), while
 * changing one child costs only that child. Rows recycled through fixed slots turn "drop the oldest row,
 * append a new one" into one changed slot.
 */
export function assignSlots(prev: readonly (string | undefined)[], ids: readonly string[]): (string | undefined)[] {
  const wanted = new Set(ids)
  const next = prev.map((id) => (id !== undefined && wanted.has(id) ? id : undefined))
  const placed = new Set(next)
  let free = 0
  for (const id of ids) {
    if (placed.has(id)) continue
    while (next[free] !== undefined) free++
    next[free] = id
  }
  return next
}
