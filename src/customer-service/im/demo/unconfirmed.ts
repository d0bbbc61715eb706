// #19 How the demo desk answers the shapes no Tencent kit confirms (docs/desk-protocol.md §8), which the template
// sends only behind `unconfirmedDeskShapes`: a transfer to a named agent/group (39), a task flow (34), ending a
// bot-only session (27 in bot state) and a bot rating (24 + content.target robot). A real desk may ignore them all.
// Everything it says comes from the desk's words, so a demo in any bundled language answers in that language.
import type { ChatMessage } from '../types'
import { deskContent } from './content'
import type { DemoDesk } from './demo-desk'
import type { Voice } from './voice'
import { fillWords } from './words'
import type { DemoWords } from './words'
import { zh } from './words/zh'

/** The part of the bot's per-conversation script these answers change. */
export interface UnconfirmedScript {
  phase: 'bot' | 'human' | 'ended'
  sessions: number
  ratingCards: Map<string, { sessionId: string; submitted: boolean }>
  workflow?: ChatMessage
}

type Keywords = 'helpWords' | 'addressWords' | 'recordWords'

/** Whether `text` is one of the typed keywords: the language's own or the Chinese one, in any letter case. */
export const typed = (w: DemoWords, key: Keywords, text: string) => [...w[key], ...zh[key]].some((k) => k.toLowerCase() === text.toLowerCase())

/** The demo's card with link options (option `url`, UNCONFIRMED field name), on a typed help keyword. */
export const helpCard = (w: DemoWords) => ({
  src: '15',
  content: {
    header: w.helpHeader,
    items: [
      { content: w.helpItems[0], url: 'https://cloud.tencent.com/document/product/269' },
      { content: w.helpItems[1], url: '/pages/index/index' },
      { content: w.human }
    ]
  }
})

const record = (v: unknown): Record<string, any> => {
  if (typeof v === 'string') {
    try {
      return record(JSON.parse(v))
    } catch {
      return {}
    }
  }
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : {}
}

/** Handles one of the shapes above and returns true; anything else is left to the bot's script. */
export function answerUnconfirmed(desk: DemoDesk, voice: Voice, s: UnconfirmedScript, account: string, src: string, d: Record<string, any>, w: DemoWords): boolean {
  const c = record(d.content)
  if (src === '39') return transferToNamed(desk, voice, s, account, c, w)
  if (src === '34' && c.taskFlowId !== undefined) {
    const { header, items } = deskContent(w).logisticsWorkflow
    voice.say(account, fillWords(w.taskFlowStarted, { id: String(c.taskFlowId).slice(0, 32) }), false)
    const taskInfo = { taskID: c.taskFlowId, nodeID: 'node-start', env: 'demo' }
    s.workflow = voice.card(account, { src: '32', status: 0, optionType: 1, taskInfo, content: { header, items: items.map((content) => ({ content })) } })
    return true
  }
  if (src === '27' && s.phase === 'bot') {
    desk.deskSaysDesk(account, { src: '19', content: w.sessionEnded })
    s.phase = 'ended'
    botRating(desk, s, account, w)
    s.sessions += 1
    return true
  }
  if (src === '24' && c.target === 'robot') return botRating(desk, s, account, w)
  return false
}

/** The demo has one agent: it joins and says which agent or group was asked for. */
function transferToNamed(desk: DemoDesk, voice: Voice, s: UnconfirmedScript, account: string, c: Record<string, any>, w: DemoWords): boolean {
  if (s.phase === 'human') {
    voice.say(account, w.agentStillHere, true)
    return true
  }
  const ids = Array.isArray(c.agentIdList) ? c.agentIdList.map(String) : []
  const named = ids.length ? fillWords(w.namedAgents, { ids: ids.join(w.listSep) }) : c.agentGroupId !== undefined ? fillWords(w.agentGroup, { id: String(c.agentGroupId) }) : w.anyAgent
  const target = named.slice(0, 60)
  desk.deskSaysDesk(account, { src: '39', content: fillWords(w.transferTo, { target }) })
  desk.later(800, () => {
    s.phase = 'human'
    desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, voice.as(true))
    desk.later(300, () => voice.say(account, fillWords(w.transferredTo, { target, agent: w.agent }), true))
  })
  return true
}

/** A rating card (9) for the bot, answered by the bot script's usual 10 handling (matched by sessionId). */
function botRating(desk: DemoDesk, s: UnconfirmedScript, account: string, w: DemoWords): true {
  const sessionId = `demo-bot-session-${s.sessions}`
  const expireTime = Math.floor(desk.now() / 1000) + 24 * 3600
  const menuContent = { ...deskContent(w).ratingMenu, head: w.botRatingHead, sessionId, expireTime, allowClientSendRating: true, effectiveHour: 24, selected: null }
  const card = desk.deskSaysDesk(account, { src: '9', menuContent })
  s.ratingCards.set(card.id, { sessionId, submitted: false })
  return true
}
