// Decoders of the Desk messages that are not cards: notices, text bubbles, and the signals that drive
// session state (typing, thinking, bot and seat status, rating settings) or are our own control sends.
import type { NoticeKind } from './types'
import { RATING_RULE_CLIENT_MAY_REQUEST } from './codes'
import { clip, isNumeric, isRecord, list, MAX_MARKDOWN, nested, num, optStr, str } from './coerce'
import { hidden, unsupported } from './decoder'
import type { Decoder } from './decoder'

/** A stream is many small chunks: a far higher cap than for menu items, still finite. */
const MAX_STREAM_CHUNKS = 10_000

/** src 7, 10, 24, 27: what we send to steer the desk; echoed in history, never shown. */
export const control: Decoder = () => ({ kind: 'hidden', reason: 'control' })

/** src 12. */
export const typing: Decoder = () => ({ kind: 'typing' })

/** src 35: thinkingStatus 1 ends the indicator. Dropping stale ones (older than 60 s) needs a clock: the store does it. */
export const thinking: Decoder = (d) => ({ kind: 'thinking', done: num(d.thinkingStatus) === 1 })

/** src 18, 19, 20, 36, 37, 39, 40: `content`, when a non-blank string, is the desk's own wording. */
export const notice = (kind: NoticeKind): Decoder => (d) => {
  // A brace-led content is an object as a JSON string: its own `content` is the wording, never the raw JSON.
  const text = typeof d.content === 'string' && /^\s*\{/.test(d.content) ? optStr(nested(d.content).content) : optStr(d.content)
  return text === undefined ? { kind: 'notice', notice: kind } : { kind: 'notice', notice: kind, text }
}

/** The state word of 25/26 (and 13), at content.content — or as the content itself, since 25's shape is a guess. */
const stateWord = (d: Record<string, unknown>): unknown => {
  const c = nested(d.content)
  return isRecord(d.content) || Object.keys(c).length ? c.content : d.content
}

const BOT_STATES: Record<string, boolean> = { inBot: true, leaveBot: false }
const botState = (v: unknown) => (typeof v === 'string' && Object.prototype.hasOwnProperty.call(BOT_STATES, v) ? BOT_STATES[v] : undefined)

/** src 13: only updateBotStatus carries state; feedback and any other command are hidden. */
export const robotCommand: Decoder = (d) => {
  const c = nested(d.content)
  const inBot = c.command === 'updateBotStatus' ? botState(c.content) : undefined
  return inBot === undefined ? { kind: 'hidden', reason: 'command' } : { kind: 'botStatus', inBot }
}

/** src 25. */
export const botStatus: Decoder = (d) => {
  const inBot = botState(stateWord(d))
  return inBot === undefined ? hidden('signal', 'bot status without inBot/leaveBot') : { kind: 'botStatus', inBot }
}

/** src 26. */
export const seatStatus: Decoder = (d) => {
  const state = stateWord(d)
  if (state === 'inSeat') return { kind: 'notice', notice: 'agentJoined' }
  if (state === 'outSeat') return { kind: 'notice', notice: 'agentLeft' }
  return hidden('signal', 'seat status without inSeat/outSeat')
}

/** src 23: a settings message without its flag says nothing, so it must not switch the rating button off. */
export const ratingSettings: Decoder = (d) => {
  const flag = nested(d.content).menuSendRuleFlag
  if (!isNumeric(flag)) return hidden('signal', 'rating settings without menuSendRuleFlag')
  return { kind: 'ratingSettings', clientMayRequest: (num(flag) & RATING_RULE_CLIENT_MAY_REQUEST) !== 0 }
}

/** src 30. */
export const richText: Decoder = (d, src) => {
  const markdown = str(d.content, '', MAX_MARKDOWN)
  return markdown.trim() ? { kind: 'richText', markdown } : unsupported(src, 'rich text without content')
}

/** src 31: chunks come as an array (joined) or one string; an empty first update is a valid stream. */
export const stream: Decoder = (d, src) => {
  const { chunks } = d
  let markdown: string
  if (Array.isArray(chunks)) markdown = clip(list(chunks, MAX_STREAM_CHUNKS).map((c) => str(c, '', MAX_MARKDOWN)).join(''), MAX_MARKDOWN)
  else if (typeof chunks === 'string') markdown = clip(chunks, MAX_MARKDOWN)
  else return unsupported(src, 'stream without chunks')
  return { kind: 'stream', markdown, finished: num(d.isFinished) === 1 }
}
