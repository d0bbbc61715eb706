// How the demo desk answers: a small script over the real Desk protocol. Each Desk shape the Tencent kits
// send or draw is reachable by a typed keyword or a welcome item, so the app and tests can reach it; the words
// live in ./content, how the speakers appear in ./voice.
import { chatError } from '../errors'
import type { ChatError, ChatMessage, SendOptions } from '../types'
import { deskContent, saysBye, vagueRefund } from './content'
import type { DemoDesk } from './demo-desk'
import { agentVoice } from './demo-sound'
import { demoKinds } from './demo-kinds'
import { formSummary, submittedValues, workflowAnswered } from './forms'
import { answerUnconfirmed, helpCard, typed } from './unconfirmed'
import { quoteBack } from './quote-back'
import { CHATBOT_PLUGIN, Voice } from './voice'
import { demoWords, fillWords } from './words'
import type { DemoWords } from './words'

interface ConversationScript {
  phase: 'bot' | 'human' | 'ended'
  sessions: number
  ratingCards: Map<string, { sessionId: string; submitted: boolean }>
  workflow?: ChatMessage
}

const items = (list: string[]) => list.map((content) => ({ content }))


function parseDesk(m: ChatMessage): Record<string, any> | undefined {
  if (m.body.kind !== 'custom') return undefined
  try {
    const d = JSON.parse(m.body.data)
    return d && Number(d.customerServicePlugin) === 0 ? d : undefined
  } catch {
    return undefined
  }
}

export class DemoBot {
  private readonly scripts = new Map<string, ConversationScript>()
  private readonly voice: Voice
  /** What the desk says, in the language of the last session start (src 7) or the one it was created with. */
  words: DemoWords

  constructor(
    private readonly desk: DemoDesk,
    language?: string
  ) {
    this.words = demoWords(language)
    this.voice = new Voice(desk, () => this.words)
  }

  private script(account: string): ConversationScript {
    let s = this.scripts.get(account)
    if (!s) this.scripts.set(account, (s = { phase: 'bot', sessions: 1, ratingCards: new Map() }))
    return s
  }

  phaseOf(account: string): ConversationScript['phase'] {
    return this.script(account).phase
  }

  /** Sends the desk itself rejects, as the real one would (a rating submitted twice, …). */
  refuse(m: ChatMessage): ChatError | undefined {
    const d = parseDesk(m)
    if (!d || String(d.src) !== '10') return undefined
    const s = this.script(m.to)
    const card = [...s.ratingCards.values()].find((c) => c.sessionId === d.menuSelected?.sessionId)
    if (!card) return chatError('ratingInvalid', 10151, false, 'unknown rating session')
    if (card.submitted) return chatError('ratingDuplicate', 10152, false, 'rating already submitted')
    return undefined
  }

  react(m: ChatMessage, options?: SendOptions): void {
    const account = m.to
    const d = parseDesk(m)
    if (d) return this.onDesk(account, String(d.src), d)
    if (m.body.kind === 'image') return this.reply(account, this.words.imageReceived)
    if (m.body.kind === 'sound') return this.reply(account, this.words.soundReceived)
    const { phase } = this.script(account)
    if (phase !== 'ended' && quoteBack(this.desk, m, phase === 'human', this.words)) return
    if (m.body.kind === 'text') this.onText(account, m.body.text.trim(), options)
  }

  /** The bot or, once one has joined, the agent answers. */
  private reply(account: string, text: string) {
    this.voice.reply(account, text, this.script(account).phase === 'human')
  }

  private onDesk(account: string, src: string, d: Record<string, any>) {
    const s = this.script(account)
    if (answerUnconfirmed(this.desk, this.voice, s, account, src, d, this.words)) return
    const w = this.words
    switch (src) {
      case '7':
        // Start of a page session: the bot's language (when the kit sends one), rating rules, the welcome list.
        if (d.triggeredContent?.language) this.words = demoWords(String(d.triggeredContent.language))
        this.desk.deskSaysDesk(account, { src: '23', content: { menuSendRuleFlag: 4 | 1 } })
        this.desk.later(300, () => this.voice.card(account, { src: '29', subtype: 'welcome_msg', content: { title: this.words.welcomeTitle, items: items(deskContent(this.words).welcomeItems) } }))
        return
      case '24': {
        const sessionId = `demo-session-${s.sessions}`
        const expireTime = Math.floor(this.desk.now() / 1000) + 24 * 3600
        const card = this.desk.deskSaysDesk(account, { src: '9', menuContent: { ...deskContent(w).ratingMenu, sessionId, expireTime, allowClientSendRating: true, effectiveHour: 24, selected: null } })
        s.ratingCards.set(card.id, { sessionId, submitted: false })
        return
      }
      case '10': {
        const entry = [...s.ratingCards.entries()].find(([, c]) => c.sessionId === d.menuSelected?.sessionId)
        if (!entry) return
        entry[1].submitted = true
        const card = this.desk.serverLog(account).find((x) => x.id === entry[0])
        if (card && card.body.kind === 'custom') {
          const data = JSON.parse(card.body.data)
          data.menuContent.selected = d.menuSelected
          this.desk.deskModifies(card, { kind: 'custom', data: JSON.stringify(data) })
        }
        this.desk.later(200, () => this.voice.say(account, w.ratingTail, false))
        return
      }
      case '27':
        // The kits send it bare ({ src, customerServicePlugin }): nothing else is read.
        if (s.phase === 'human') this.desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } })
        this.desk.deskSaysDesk(account, { src: '19', content: w.sessionEnded })
        s.phase = 'ended'
        s.sessions += 1
        return
      case '33':
        // A read-only copy of what was submitted (no nodeStatus), then the acknowledgement.
        this.voice.card(account, formSummary(submittedValues(d), w))
        this.reply(account, w.formReceived)
        this.markWorkflowDone(account)
        return
      case '22':
      case '28':
        this.reply(account, w.orderReceived)
        return
      default:
    }
  }

  private onText(account: string, text: string, options?: SendOptions) {
    const s = this.script(account)
    const w = this.words
    const c = deskContent(w)
    if (c.humanKeywords.some((k) => k.toLowerCase() === text.toLowerCase())) return this.transfer(account)
    if (s.phase === 'human') {
      if (saysBye(w, text)) return this.agentCloses(account)
      return this.reply(account, fillWords(w.agentEcho, { text: text.slice(0, 50) }))
    }
    if (s.phase === 'ended') {
      s.phase = 'bot'
      this.desk.deskSaysDesk(account, { src: '40', content: w.newSession })
    }
    if (options?.cloudCustomData?.includes('BranchOptionInfo')) return this.answerWorkflow(account, text)
    if (demoKinds(this.desk, account, text, this.voice.as(false), w)) return
    if (typed(w, 'helpWords', text)) return void this.voice.card(account, helpCard(w))
    switch (text) {
      case w.refundHow:
        return this.voice.stream(account, w.refundAnswer)
      case w.refundTime:
        return this.voice.stream(account, w.refundTimeAnswer)
      case w.orderIssue: {
        // `content` as a JSON string: the Android Desk kit parses it either way, so a real desk may send it so.
        const content = JSON.stringify({ header: c.orderMenu.header, items: items(c.orderMenu.items), tail: '', selected: null })
        this.voice.card(account, { src: '15', content })
        return
      }
      case w.applyRefund:
        // A title-only branch: `title`, no `header`.
        this.voice.card(account, { src: '15', content: { title: c.refundReasons.title, items: items(c.refundReasons.items) } })
        return
      case w.member:
        this.voice.card(account, { src: '30', content: w.memberMarkdown })
        return
      case w.changeAddress:
        this.voice.card(account, { src: '33', nodeStatus: 0, content: c.addressForm })
        return
      case w.logistics: {
        const { header, taskInfo } = c.logisticsWorkflow
        s.workflow = this.voice.card(account, { src: '32', status: 0, optionType: 1, taskInfo, content: { header, items: items(c.logisticsWorkflow.items) } })
        return
      }
      default:
    }
    if (c.refundReasons.items.includes(text)) return this.reply(account, c.refundReasonAnswer(text))
    if (vagueRefund(w, text)) {
      this.voice.card(account, { src: '29', subtype: 'clarify_msg', content: { ...c.refundClarify, items: items(c.refundClarify.items) } })
      return
    }
    // Anything else gets the generic AI answer, as the AI chatbot plugin sends it (chatbotPlugin 1).
    this.voice.stream(account, w.genericAnswer, CHATBOT_PLUGIN)
  }

  /** The agent ends the session from the workbench; the desk then invites a rating. */
  private agentCloses(account: string) {
    const s = this.script(account)
    this.voice.say(account, this.words.agentBye, true)
    this.desk.later(400, () => {
      this.desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } })
      this.desk.deskSaysDesk(account, { src: '19', content: '' })
      s.phase = 'ended'
      this.onDesk(account, '24', {})
      s.sessions += 1
    })
  }

  private transfer(account: string) {
    const s = this.script(account)
    const w = this.words
    if (s.phase === 'human') return this.voice.say(account, w.agentStillHere, true)
    this.desk.deskSaysDesk(account, { src: '39', content: w.transferring })
    this.desk.later(800, () => {
      s.phase = 'human'
      this.desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, this.voice.as(true))
      this.desk.later(300, () => this.voice.say(account, fillWords(w.agentHello, { agent: w.agent }), true))
      // One demo voice message, so playback can be tried (the Desk allows voice once an agent is in seat).
      this.desk.later(1200, () => s.phase === 'human' && agentVoice((body) => this.desk.deskSays(account, body, this.voice.as(true))))
    })
  }

  private answerWorkflow(account: string, text: string) {
    this.markWorkflowDone(account, text)
    const w = this.words
    this.reply(account, text === w.shipped ? w.shippedAnswer : w.notShippedAnswer)
  }

  private markWorkflowDone(account: string, selected?: string) {
    const s = this.script(account)
    const body = s.workflow && workflowAnswered(s.workflow, selected)
    if (s.workflow && body) s.workflow = this.desk.deskModifies(s.workflow, body)
  }
}
