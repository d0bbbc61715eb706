// What the demo desk says. Real Desk shapes (see docs/desk-protocol.md), demo words (./words, one pack per language).
import { fillWords } from './words'
import type { DemoWords } from './words'
import { zh } from './words/zh'

/**
 * How the Desk marks who sent a message (cloudCustomData role 'robot' | 'seat', Tencent Cloud Chat doc
 * 269/119743); the uni-app Desk kit draws role 'robot' as the bot and any other incoming one as the agent.
 */
export const ROBOT_MARK = JSON.stringify({ role: 'robot' })
export const SEAT_MARK = JSON.stringify({ role: 'seat' })
/** No avatar: the demo runs offline, so the agent shows as its initial (a real agent's IM profile avatar shows as a picture). */
export const AGENT_ID = 'demo_agent_01'
/** The speakers in the default language (zh). */
export const BOT = { nick: zh.bot }
export const AGENT = { nick: zh.agent, id: AGENT_ID }

/** The demo desk's cards and answers in one language. */
export function deskContent(w: DemoWords) {
  return {
    // Six items: the welcome card shows five and 换一批 for the sixth, as Tencent's kits page a long list.
    welcomeItems: [w.refundHow, w.orderIssue, w.wantRefund, w.changeAddress, w.human, w.member],
    orderMenu: { header: w.orderHeader, items: [w.logistics, w.applyRefund, w.changeAddress] },
    /** A title-only branch (no header), as the Desk sends for some menus. */
    refundReasons: { title: w.reasonsTitle, items: w.reasons },
    refundReasonAnswer: (reason: string) => (reason === w.reasons[1] ? w.reasonDamagedAnswer : fillWords(w.reasonAnswer, { reason })),
    /** What a short, vague question about refunds gets: a clarify card (src 29 clarify_msg). */
    refundClarify: { title: w.clarifyTitle, content: w.clarifyContent, items: [w.refundHow, w.refundTime, w.applyRefund] },
    addressForm: {
      tip: w.formTip,
      inputVariables: [
        { name: w.formPhone, formType: 0, placeholder: w.formPhoneHint, isRequired: 1, variableValue: '' },
        { name: w.formAddress, formType: 0, placeholder: w.formAddressHint, isRequired: 1, variableValue: '' },
        { name: w.formReason, formType: 1, isRequired: 0, chooseItemList: w.formReasons, variableValue: '' }
      ]
    },
    logisticsWorkflow: {
      header: w.shippedHeader,
      items: [w.shipped, w.notShipped],
      taskInfo: { taskID: 10086, nodeID: 'node-shipped', env: 'demo' }
    },
    ratingMenu: {
      type: 1,
      head: w.ratingHead,
      tail: w.ratingTail,
      menu: w.ratingOptions.map((content, i) => ({ id: String(i + 1), content }))
    },
    /** The toolbar's transfer button sends the Desk's keyword 人工服务 whatever the UI language. */
    humanKeywords: [w.human, ...w.humanWords, '人工服务']
  }
}

export type DeskContent = ReturnType<typeof deskContent>

/** Short and about refunds, but none of the refund phrases: too vague to answer, so the desk asks back. */
export function vagueRefund(w: DemoWords, text: string): boolean {
  const t = text.toLowerCase()
  return t.includes(w.refundWord.toLowerCase()) && [...t].length <= Math.max(6, [...w.wantRefund].length)
}

/** Whether the user says goodbye to the agent (thanks, that's all, bye). */
export const saysBye = (w: DemoWords, text: string) => w.byeWords.some((b) => text.toLowerCase().includes(b.toLowerCase()))
