// The session service wires launch params → transport → store, and tells the host what happens.
// Side effects live here; decoding and state changes stay in protocol/ and store/.
// ChatSession is the face the components use; the work is done by its parts, one file each:
// connection.ts (login, sig, kicks, reconnect, re-sync), conversations.ts (open, switch, history, read),
// sending.ts (outbox, text, image, resend, revoke) and desk-actions.ts (cards, rating, human, end, order card).
import type { QuickOrder } from '../launch/types'
import type { ImageSource } from '../im/types'
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

  constructor(deps: SessionDeps) {
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
  /** Typed text: queued in storage until the server confirms it, so nothing is lost if the page closes. */
  sendText(text: string, cloudCustomData?: string, clientId?: string): Promise<boolean> {
    return this.sending.sendText(text, cloudCustomData, clientId)
  }

  sendImage(image: ImageSource): Promise<boolean> {
    return this.sending.sendImage(image)
  }

  resend(messageId: string): Promise<boolean> {
    return this.sending.resend(messageId)
  }

  revoke(messageId: string): Promise<boolean> {
    return this.sending.revoke(messageId)
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

  transferToHuman(): Promise<boolean> {
    return this.desk.transferToHuman()
  }

  sendQuickOrder(order: QuickOrder): Promise<boolean> {
    return this.desk.sendQuickOrder(order)
  }
}
