// How the demo desk answers: a small script over the real Desk protocol. Each Desk shape the Tencent kits
// send or draw is reachable by a typed keyword or a welcome item, so the app and tests can reach it; the words
// live in ./content, how the speakers appear in ./voice.
import { chatError } from '../errors'
import type { ChatError, ChatMessage, SendOptions } from '../types'
import {
  ADDRESS_FORM,
  AGENT,
  GENERIC_ANSWER,
  HUMAN_KEYWORDS,
  LOGISTICS_WORKFLOW,
  MEMBER_MARKDOWN,
  ORDER_MENU,
  RATING_MENU,
  REFUND_ANSWER,
  REFUND_CLARIFY,
  REFUND_REASONS,
  REFUND_TIME_ANSWER,
  refundReasonAnswer,
  WELCOME_ITEMS
} from './content'
import type { DemoDesk } from './demo-desk'
import { formSummary, submittedValues, workflowAnswered } from './forms'
import { AS_AGENT, CHATBOT_PLUGIN, Voice } from './voice'

interface ConversationScript {
  phase: 'bot' | 'human' | 'ended'
  sessions: number
  ratingCards: Map<string, { sessionId: string; submitted: boolean }>
  workflow?: ChatMessage
}

const items = (list: string[]) => list.map((content) => ({ content }))

/** Short and about refunds, but none of the refund keywords: too vague to answer, so the desk asks back. */
const vagueRefund = (text: string) => text.includes('退款') && [...text].length <= 6

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

  constructor(private readonly desk: DemoDesk) {
    this.voice = new Voice(desk)
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
    if (m.body.kind === 'image') return this.reply(account, '已收到您的图片，我们会尽快查看。')
    if (m.body.kind === 'text') this.onText(account, m.body.text.trim(), options)
  }

  /** The bot or, once one has joined, the agent answers. */
  private reply(account: string, text: string) {
    this.voice.reply(account, text, this.script(account).phase === 'human')
  }

  private onDesk(account: string, src: string, d: Record<string, any>) {
    const s = this.script(account)
    switch (src) {
      case '7':
        // Start of a page session: rating rules, then the welcome list.
        this.desk.deskSaysDesk(account, { src: '23', content: { menuSendRuleFlag: 4 | 1 } })
        this.desk.later(300, () => this.voice.card(account, { src: '29', subtype: 'welcome_msg', content: { title: '猜你想问', items: items(WELCOME_ITEMS) } }))
        return
      case '24': {
        const sessionId = `demo-session-${s.sessions}`
        const expireTime = Math.floor(this.desk.now() / 1000) + 24 * 3600
        const card = this.desk.deskSaysDesk(account, { src: '9', menuContent: { ...RATING_MENU, sessionId, expireTime, allowClientSendRating: true, effectiveHour: 24, selected: null } })
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
        this.desk.later(200, () => this.voice.say(account, RATING_MENU.tail, false))
        return
      }
      case '27':
        // The kits send it bare ({ src, customerServicePlugin }): nothing else is read.
        if (s.phase === 'human') this.desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } })
        this.desk.deskSaysDesk(account, { src: '19', content: '会话已结束，感谢您的咨询' })
        s.phase = 'ended'
        s.sessions += 1
        return
      case '33':
        // A read-only copy of what was submitted (no nodeStatus), then the acknowledgement.
        this.voice.card(account, formSummary(submittedValues(d)))
        this.reply(account, '信息已收到，我们会在 24 小时内为您处理。')
        this.markWorkflowDone(account)
        return
      case '22':
      case '28':
        this.reply(account, '已收到您的订单信息，请问有什么可以帮您？')
        return
      default:
    }
  }

  private onText(account: string, text: string, options?: SendOptions) {
    const s = this.script(account)
    if (HUMAN_KEYWORDS.includes(text)) return this.transfer(account)
    if (s.phase === 'human') {
      if (/谢谢|没有了|再见/.test(text)) return this.agentCloses(account)
      return this.reply(account, `（演示坐席）已收到：「${text.slice(0, 50)}」，正在为您处理。`)
    }
    if (s.phase === 'ended') {
      s.phase = 'bot'
      this.desk.deskSaysDesk(account, { src: '40', content: '新的会话已开始' })
    }
    if (options?.cloudCustomData?.includes('BranchOptionInfo')) return this.answerWorkflow(account, text)
    switch (text) {
      case '如何退款？':
        return this.voice.stream(account, REFUND_ANSWER)
      case '退款多久到账？':
        return this.voice.stream(account, REFUND_TIME_ANSWER)
      case '订单问题': {
        // `content` as a JSON string: the Android Desk kit parses it either way, so a real desk may send it so.
        const content = JSON.stringify({ header: ORDER_MENU.header, items: items(ORDER_MENU.items), tail: '', selected: null })
        this.voice.card(account, { src: '15', content })
        return
      }
      case '申请退款':
        // A title-only branch: `title`, no `header`.
        this.voice.card(account, { src: '15', content: { title: REFUND_REASONS.title, items: items(REFUND_REASONS.items) } })
        return
      case '会员权益说明':
        this.voice.card(account, { src: '30', content: MEMBER_MARKDOWN })
        return
      case '修改收货地址':
        this.voice.card(account, { src: '33', nodeStatus: 0, content: ADDRESS_FORM })
        return
      case '查询物流': {
        const { header, taskInfo } = LOGISTICS_WORKFLOW
        s.workflow = this.voice.card(account, { src: '32', status: 0, optionType: 1, taskInfo, content: { header, items: items(LOGISTICS_WORKFLOW.items) } })
        return
      }
      default:
    }
    if (REFUND_REASONS.items.includes(text)) return this.reply(account, refundReasonAnswer(text))
    if (vagueRefund(text)) {
      this.voice.card(account, { src: '29', subtype: 'clarify_msg', content: { ...REFUND_CLARIFY, items: items(REFUND_CLARIFY.items) } })
      return
    }
    // Anything else gets the generic AI answer, as the AI chatbot plugin sends it (chatbotPlugin 1).
    this.voice.stream(account, GENERIC_ANSWER, CHATBOT_PLUGIN)
  }

  /** The agent ends the session from the workbench; the desk then invites a rating. */
  private agentCloses(account: string) {
    const s = this.script(account)
    this.voice.say(account, '不客气，感谢您的咨询，祝您生活愉快！', true)
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
    if (s.phase === 'human') return this.voice.say(account, '我一直在的，请问还有什么可以帮您？', true)
    this.desk.deskSaysDesk(account, { src: '39', content: '正在为您转接人工客服' })
    this.desk.later(800, () => {
      s.phase = 'human'
      this.desk.deskSaysDesk(account, { src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, AS_AGENT)
      this.desk.later(300, () => this.voice.say(account, `您好，我是${AGENT.nick}，很高兴为您服务。`, true))
    })
  }

  private answerWorkflow(account: string, text: string) {
    this.markWorkflowDone(account, text)
    this.reply(account, text === '已发货' ? '您的包裹正在派送中，预计明天送达。' : '订单将在 48 小时内发货，请耐心等待。')
  }

  private markWorkflowDone(account: string, selected?: string) {
    const s = this.script(account)
    const body = s.workflow && workflowAnswered(s.workflow, selected)
    if (s.workflow && body) s.workflow = this.desk.deskModifies(s.workflow, body)
  }
}
