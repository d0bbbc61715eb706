// Which messages the list draws: the desk's session signals (typing 12, thinking, bot status, rating settings) and
// our own quiet control sends are state, not rows. 'unsupported' is shown: a grey "can't be shown yet" row, never nothing.
import type { ListItem } from './state'

const HIDDEN = new Set(['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden'])

export const isShown = (m: ListItem) => !HIDDEN.has(m.view.kind)

/** The id of the newest message the list shows ('' none). */
export function newestShownId(messages: ListItem[]): string {
  for (let i = messages.length - 1; i >= 0; i--) if (isShown(messages[i])) return messages[i].id
  return ''
}
