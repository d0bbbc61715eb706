// A text that quotes a message gets an answer that quotes that text back, as an agent replying to a quote
// would: the answer's cloudCustomData holds messageReply (pointing at the user's message) beside the desk's role mark.
import { quoteOf, withQuote } from '../../protocol/quote'
import type { ChatMessage } from '../types'
import type { DemoDesk } from './demo-desk'
import { asAgent, asBot } from './voice'
import { fillWords } from './words'
import type { DemoWords } from './words'

/** Answers `m` by quoting it back; false when `m` quotes nothing. */
export function quoteBack(desk: DemoDesk, m: ChatMessage, agent: boolean, words: DemoWords): boolean {
  const said = m.body.kind === 'text' ? m.body.text : ''
  const q = said && quoteOf(m.cloudCustomData)
  if (!q) return false
  const as = agent ? asAgent(words) : asBot(words)
  const cloudCustomData = withQuote(as.cloudCustomData, { id: m.id, sender: m.from, abstract: said.slice(0, 100), type: 1 })
  const text = fillWords(words.quoteReply, { quote: q.abstract.slice(0, 30) })
  desk.deskSaysDesk(m.to, { src: '12', typingStatus: 1 })
  desk.later(500, () => desk.deskSays(m.to, { kind: 'text', text }, { ...as, cloudCustomData }))
  return true
}
