// The session service wires launch params → transport → store, and tells the host what happens.
// Side effects live here; decoding and state changes stay in protocol/ and store/.
// ChatSession is the face the components use; the work is done by its parts, one file each:
// connection.ts (login, sig, kicks, reconnect, re-sync), conversations.ts (open, switch, history, read),
// sending.ts (outbox, text, image, resend, revoke) and desk-actions.ts (cards, rating, human, end, order card).
import type { QuickOrder, TransferToHumanOptions, TransferToTaskFlowOptions } from '../launch/types'
import { chatError } from '../im/errors'
import type { ChatMessage, ImageSource, SoundSource } from '../im/types'
import type { MenuItem, RatingOption } from '../protocol'
import { Connection } from './connection'
import { createContext } from './context'
import type { SessionDeps } from './context'
import { Conversations } from './conversations'
import { DeskActions } from './desk-actions'
import type { FormResult } from './desk-actions'
import { Sending } from './sending'

export type { HostEmit, SessionDeps } from './context'
export type { FormResult } from './desk-actions'

export class ChatSession {
  private readonly connection: Connection
  private readonly conversations: Conversations
  private readonly sending: Sending
  private readonly desk: DeskActions

  constructor(private readonly deps: SessionDeps) {
    const ctx = createContext(deps)
    this.sending = new Sending(ctx)
    this.conversations = new Conversations(ctx, this.sending)
    this.desk = new DeskActions(ctx, this.sending)
    this.connection = new Connection(ctx, this.conversations)
  }

  // ── connection ───────────────────────────────────────────────────────
  /** Login, profile, then open the current account. Resolves when the chat is usable (or failed visibly). */
  start(): Promise<void> {
    return this.connection.start()
  }

  /** After a kick or a failed login: log in again (only when the user asks: never in a loop). */
  reconnect(): Promise<void> {
    return this.connection.reconnect()
  }

  /** Page unload: every listener off, the transport destroyed. */
  stop(): Promise<void> {
    return this.connection.stop()
  }

  // ── conversations ────────────────────────────────────────────────────
  /** First open of an account in this page session: src 7, first history page, read receipt. */
  openAccount(account: string): Promise<void> {
    return this.conversations.openAccount(account)
  }

  switchAccount(account: string): Promise<void> {
    return this.conversations.switchAccount(account)
  }

  /** The previous page of history (pull up / scroll to top); the current account by default. */
  loadOlder(account?: string): Promise<void> {
    return this.conversations.loadOlder(account)
  }

  setVisible(visible: boolean) {
    this.conversations.setVisible(visible)
  }

  // ── sending ──────────────────────────────────────────────────────────
  /** Text typed in the composer: it carries the pending quote (引用), if any, and clears it. */
  sendTyped(text: string): Promise<boolean> {
    return this.sending.sendTyped(text)
  }

  /** A text (toolbar, quick phrase): queued in storage until the server confirms it; never takes the pending quote. */
  sendText(text: string, cloudCustomData?: string, clientId?: string): Promise<boolean> {
    return this.sending.sendText(text, cloudCustomData, clientId)
  }

  sendImage(image: ImageSource): Promise<boolean> {
    return this.sending.sendImage(image)
  }

  sendSound(sound: SoundSource): Promise<boolean> {
    return this.sending.sendSound(sound)
  }

  resend(messageId: string): Promise<boolean> {
    return this.sending.resend(messageId)
  }

  revoke(messageId: string): Promise<boolean> {
    return this.sending.revoke(messageId)
  }

  /** A merged message's inner messages the IM stored apart; rejects when this transport cannot load them. */
  loadRelay(messageId: string): Promise<ChatMessage[]> {
    const { transport } = this.deps
    return transport.loadRelay ? transport.loadRelay(messageId) : Promise.reject(chatError('notFound', 'relay', false, 'no loadRelay'))
  }

  // ── Desk actions ─────────────────────────────────────────────────────
  /** A tap on a branch (15), welcome/clarify (29) or single-form (21) item. */
  answerMenu(messageId: string, item: MenuItem): Promise<boolean> {
    return this.desk.answerMenu(messageId, item)
  }

  answerWorkflow(messageId: string, item: MenuItem): Promise<boolean> {
    return this.desk.answerWorkflow(messageId, item)
  }

  /** Multi-field form (33): required fields are enforced; submitted once. */
  submitForm(messageId: string, values: Record<string, string>): Promise<FormResult> {
    return this.desk.submitForm(messageId, values)
  }

  /** Rating card (9): once, while not expired. */
  submitRating(messageId: string, option: RatingOption): Promise<boolean> {
    return this.desk.submitRating(messageId, option)
  }

  requestRating(): Promise<boolean> {
    return this.desk.requestRating()
  }

  endHumanSession(): Promise<boolean> {
    return this.desk.endHumanSession()
  }

  /** Text 人工服务, or (unconfirmedDeskShapes=transfer and a target) src 39 naming the agents/group. */
  transferToHuman(target?: TransferToHumanOptions): Promise<boolean> {
    return this.desk.transferToHuman(target)
  }

  // #19 the next four send only behind unconfirmedDeskShapes (transfer / botSession); otherwise they resolve false.
  transferToTaskFlow(target?: TransferToTaskFlowOptions): Promise<boolean> {
    return this.desk.transferToTaskFlow(target)
  }

  endBotSession(): Promise<boolean> {
    return this.desk.endBotSession()
  }

  requestBotRating(): Promise<boolean> {
    return this.desk.requestBotRating()
  }

  restartSession(): Promise<boolean> {
    return this.desk.restartSession()
  }

  sendQuickOrder(order: QuickOrder): Promise<boolean> {
    return this.desk.sendQuickOrder(order)
  }
}
