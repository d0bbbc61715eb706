// How the demo desk's two speakers appear on the wire. Tencent's kits tell them apart by the message:
// the bot's carry cloudCustomData role 'robot', the agent's role 'seat' and the agent's nick.
import type { ChatMessage } from '../types'
import { ROBOT_MARK, SEAT_MARK } from './content'
import type { DemoDesk } from './demo-desk'
import type { DemoWords } from './words'

/** The bot and the agent, named in the desk's language. */
export const asBot = (w: DemoWords): Partial<ChatMessage> => ({ nick: w.bot, cloudCustomData: ROBOT_MARK })
export const asAgent = (w: DemoWords): Partial<ChatMessage> => ({ nick: w.agent, cloudCustomData: SEAT_MARK })

/**
 * Which plugin a message claims: the Desk's, or the AI chatbot plugin's. Tencent's kits accept either
 * (customerServicePlugin 0 or chatbotPlugin 1) and render both by src.
 */
export type PluginMarker = { customerServicePlugin: 0 } | { chatbotPlugin: 1 }
export const DESK_PLUGIN: PluginMarker = { customerServicePlugin: 0 }
export const CHATBOT_PLUGIN: PluginMarker = { chatbotPlugin: 1 }

export class Voice {
  constructor(
    private readonly desk: DemoDesk,
    private readonly words: () => DemoWords
  ) {}

  /** How the bot (or the agent) appears on its messages. */
  as(agent: boolean): Partial<ChatMessage> {
    return agent ? asAgent(this.words()) : asBot(this.words())
  }

  /** A Desk card or bubble from the bot. */
  card(account: string, payload: Record<string, unknown>): ChatMessage {
    return this.desk.deskSaysDesk(account, payload, this.as(false))
  }

  say(account: string, text: string, agent: boolean): void {
    this.desk.deskSays(account, { kind: 'text', text }, this.as(agent))
  }

  /** Typing first, then the text: how both the bot and the agent answer. */
  reply(account: string, text: string, agent: boolean): void {
    this.desk.deskSaysDesk(account, { src: '12', typingStatus: 1 })
    this.desk.later(500, () => this.say(account, text, agent))
  }

  /** AI answer: thinking, typing, then the answer streamed chunk by chunk (src 31 + MESSAGE_MODIFIED). */
  stream(account: string, chunks: string[], plugin: PluginMarker = DESK_PLUGIN): void {
    const { desk } = this
    const version = (n: number) => ({ kind: 'custom' as const, data: JSON.stringify({ ...plugin, src: '31', chunks: chunks.slice(0, n), isFinished: n === chunks.length ? 1 : 0 }) })
    desk.deskSaysDesk(account, { src: '35', thinkingStatus: 0 })
    desk.later(600, () => {
      desk.deskSaysDesk(account, { src: '35', thinkingStatus: 1 })
      desk.deskSaysDesk(account, { src: '12', typingStatus: 1 })
      let msg = desk.deskSays(account, version(1), this.as(false))
      // Through desk.deskModifies, so whoever watches or wraps the desk sees each chunk.
      chunks.slice(1).forEach((_, i) => desk.later(150 * (i + 1), () => (msg = desk.deskModifies(msg, version(i + 2)))))
    })
  }
}
