// What the user does on Desk cards and the toolbar: menu and workflow answers, forms, ratings, the hand-off
// to a human, ending it, and the quick-order card. Each card is answered at most once.
import type { QuickOrder, TransferToHumanOptions, TransferToTaskFlowOptions } from '../launch/types'
import { CS_EVENTS } from '../launch/events'
import { allows } from '../launch/transfer'
import {
  answerMenu, answerWorkflow, deskLanguage, endHumanSession, productCard, requestBotRating, requestRating, startSession, submitForm, submitRating,
  transferToHuman, transferToNamedHuman, transferToTaskFlow
} from '../protocol'
import type { FormField, MenuItem, OutgoingDesk, RatingOption } from '../protocol'
import * as actions from '../store/chat-store'
import type { ListItem } from '../store/state'
import type { SessionContext } from './context'
import type { Sending } from './sending'
import { isCached } from '../store/open-cache'

export type FormResult = { ok: true } | { ok: false; missing: string[] }

export class DeskActions {
  constructor(
    private readonly ctx: SessionContext,
    private readonly sending: Sending
  ) {}

  /** The card as the live chat holds it: a row from last visit's cache is not answerable until confirmed. */
  private card(messageId: string): ListItem | undefined {
    const item = this.ctx.store.getState().conversations[this.ctx.current]?.messages.find((m) => m.id === messageId)
    return item && !isCached(item) ? item : undefined
  }

  private answered(messageId: string): boolean {
    return messageId in (this.ctx.store.getState().conversations[this.ctx.current]?.answers || {})
  }

  /** A tap on a branch (15), welcome/clarify (29) or single-form (21) item. */
  async answerMenu(messageId: string, item: MenuItem): Promise<boolean> {
    if (this.answered(messageId)) return false
    return this.answerWith(messageId, item.content, answerMenu(item))
  }

  /** Marks the card answered at once (no double answers), and frees it again if the send fails. */
  private async answerWith(messageId: string, answer: string, out: OutgoingDesk): Promise<boolean> {
    const account = this.ctx.current
    actions.markAnswered(this.ctx.store, account, messageId, answer)
    const ok = await this.sending.sendDesk(out, account)
    if (!ok) actions.unmarkAnswered(this.ctx.store, account, messageId)
    return ok
  }

  async answerWorkflow(messageId: string, item: MenuItem): Promise<boolean> {
    const card = this.card(messageId)
    if (!card || card.view.kind !== 'workflowBranch' || card.view.status !== 'editable' || this.answered(messageId)) return false
    return this.answerWith(messageId, item.content, answerWorkflow(card.view, item))
  }

  /** Multi-field form (33): required fields are enforced; submitted once. */
  async submitForm(messageId: string, values: Record<string, string>): Promise<FormResult> {
    const card = this.card(messageId)
    if (!card || card.view.kind !== 'form' || card.view.status !== 'editable' || this.answered(messageId)) return { ok: false, missing: [] }
    const fields: FormField[] = card.view.fields.map((f) => ({ ...f, value: (values[f.name] ?? f.value ?? '').trim() }))
    const missing = fields.filter((f) => f.required && !f.value).map((f) => f.name)
    if (missing.length) return { ok: false, missing }
    const ok = await this.answerWith(messageId, JSON.stringify(values), submitForm(fields))
    return ok ? { ok: true } : { ok: false, missing: [] }
  }

  /** Rating card (9): once, while not expired. */
  async submitRating(messageId: string, option: RatingOption): Promise<boolean> {
    const { store } = this.ctx
    const card = this.card(messageId)
    const account = this.ctx.current
    const conv = store.getState().conversations[account]
    if (!card || card.view.kind !== 'rating' || card.view.selected || conv.ratedCards.includes(messageId)) return false
    if (card.view.expireTime && this.ctx.now() / 1000 > card.view.expireTime) {
      actions.setNotice(store, { code: 10150, reason: 'ratingExpired', retryable: false })
      return false
    }
    actions.markRated(store, account, messageId)
    const ok = await this.sending.sendDesk(submitRating(option, card.view.sessionId), account, { quiet: true })
    // The desk saying "already rated" means the rating is there: keep the card done.
    const duplicate = store.getState().notice?.reason === 'ratingDuplicate'
    if (ok) this.ctx.emit(CS_EVENTS.ratingSubmitted, { account, optionId: option.id, content: option.content })
    else if (!duplicate) actions.unmarkRated(store, account, messageId)
    return ok || duplicate
  }

  requestRating(): Promise<boolean> {
    return this.sending.sendDesk(requestRating(), this.ctx.current, { quiet: true })
  }

  endHumanSession(): Promise<boolean> {
    return this.sending.sendDesk(endHumanSession(), this.ctx.current, { quiet: true })
  }

  /**
   * The confirmed text 人工服务 (the desk's bot routing decides), unless the host allowed the unconfirmed
   * `transfer` shapes and named a target: then src 39 with it (#19, docs/desk-protocol.md §8).
   */
  transferToHuman(target: TransferToHumanOptions | undefined = this.ctx.deps.params.transferToHumanOptions): Promise<boolean> {
    const named = target && allows(this.ctx.deps.params.unconfirmedDeskShapes, 'transfer')
    return named ? this.sending.sendDesk(transferToNamedHuman(target), this.ctx.current, { quiet: true }) : this.sending.sendDesk(transferToHuman())
  }

  /** No confirmed message starts a task flow: src 34 only behind `transfer`; otherwise nothing is sent. */
  async transferToTaskFlow(target: TransferToTaskFlowOptions | undefined = this.ctx.deps.params.transferToTaskFlowOptions): Promise<boolean> {
    if (!target || !allows(this.ctx.deps.params.unconfirmedDeskShapes, 'transfer')) return false
    return this.sending.sendDesk(transferToTaskFlow(target), this.ctx.current, { quiet: true })
  }

  /** Ending a bot-only session: 27 (its meaning in bot state UNCONFIRMED) behind `botSession`; else false (the UI ends locally). */
  async endBotSession(): Promise<boolean> {
    if (!allows(this.ctx.deps.params.unconfirmedDeskShapes, 'botSession')) return false
    return this.sending.sendDesk(endHumanSession(), this.ctx.current, { quiet: true })
  }

  async requestBotRating(): Promise<boolean> {
    if (!allows(this.ctx.deps.params.unconfirmedDeskShapes, 'botSession')) return false
    return this.sending.sendDesk(requestBotRating(), this.ctx.current, { quiet: true })
  }

  /** Starts again after a session ended: the confirmed start message (src 7), as on every open. */
  restartSession(): Promise<boolean> {
    return this.sending.sendDesk(startSession(deskLanguage(this.ctx.deps.params.language)), this.ctx.current, { quiet: true })
  }

  sendQuickOrder(order: QuickOrder): Promise<boolean> {
    return this.sending.sendDesk(productCard({ header: order.header, desc: order.desc, pic: order.pic, url: order.url, customField: order.customField }))
  }
}
