// Everything the user sends: typed text through the outbox, images, resends, revokes, and Desk messages.
// A failed send stays in the list as `failed` (with 重发) and raises a notice.
import { isChatError, toChatError } from '../im/errors'
import type { ChatMessage, ImageSource, SendFailure, SendOptions, SoundSource } from '../im/types'
import type { OutgoingDesk } from '../protocol'
import { withQuote } from '../protocol/quote'
import * as actions from '../store/chat-store'
import type { SessionContext } from './context'
import { Outbox } from './outbox'

export class Sending {
  private readonly outboxes = new Map<string, Outbox>()
  /** SDK message id → outbox entry, to clear the entry when a resend succeeds. */
  private readonly queued = new Map<string, { account: string; clientId: string }>()

  constructor(private readonly ctx: SessionContext) {}

  private async run(send: (options: SendOptions) => Promise<ChatMessage>, extra: SendOptions = {}, quiet = false): Promise<boolean> {
    const { store } = this.ctx
    try {
      const sent = await send({
        ...extra,
        onCreated: (m) => {
          if (!quiet) actions.addSending(store, m)
          extra.onCreated?.(m)
        },
        onProgress: (m, p) => actions.progress(store, m, p)
      })
      if (!quiet) actions.settle(store, sent, 'sent')
      return true
    } catch (err) {
      const failure = err as SendFailure
      if (!quiet && failure?.failedMessage) actions.settle(store, failure.failedMessage, 'failed')
      actions.setNotice(store, isChatError(err) ? err : toChatError(err, 'sendFailed'))
      return false
    }
  }

  private outbox(account: string): Outbox {
    let box = this.outboxes.get(account)
    if (!box) this.outboxes.set(account, (box = new Outbox(this.ctx.userID, account)))
    return box
  }

  /**
   * What the user typed in the composer: it takes the pending quote (引用) along, and the quote bar clears. Other
   * texts (toolbar buttons, quick phrases) go through sendText and leave the quote for the next typed one.
   */
  sendTyped(text: string): Promise<boolean> {
    const to = this.ctx.current
    const quote = text.trim() ? this.ctx.store.getState().conversations[to]?.quote : undefined
    if (quote) actions.setQuote(this.ctx.store, to, undefined)
    // The outbox and a failed message keep the quote with the text, for the resend.
    return this.sendText(text, quote && withQuote(undefined, quote))
  }

  /** A text: queued in storage until the server confirms it, so nothing is lost if the page closes. */
  async sendText(text: string, cloudCustomData?: string, clientId?: string): Promise<boolean> {
    const value = text.trim()
    if (!value) return false
    const to = this.ctx.current
    const box = this.outbox(to)
    const id = clientId || `c${this.ctx.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    if (!clientId) box.add({ clientId: id, text: value, cloudCustomData, createdAt: Math.floor(this.ctx.now() / 1000) })
    const ok = await this.run((o) => this.ctx.transport.sendText(to, value, o), {
      ...(cloudCustomData ? { cloudCustomData } : {}),
      onCreated: (m) => this.queued.set(m.id, { account: to, clientId: id })
    })
    if (ok) box.remove(id)
    return ok
  }

  /** Re-sends what an earlier page session left unconfirmed (those the history shows as delivered are dropped). */
  async flushOutbox(account: string) {
    const history = this.ctx.store.getState().conversations[account]?.messages || []
    for (const e of this.outbox(account).pending(history)) {
      if (this.ctx.stopped || account !== this.ctx.current) return
      await this.sendText(e.text, e.cloudCustomData, e.clientId)
    }
  }

  sendImage(image: ImageSource): Promise<boolean> {
    const to = this.ctx.current
    return this.run((o) => this.ctx.transport.sendImage(to, image, o))
  }

  /** A recording: a failed upload stays in the list as failed, with 重发 (the IM keeps the file to retry). */
  sendSound(sound: SoundSource): Promise<boolean> {
    const to = this.ctx.current
    return this.run((o) => this.ctx.transport.sendSound(to, sound, o))
  }

  async resend(messageId: string): Promise<boolean> {
    const ok = await this.run((o) => this.ctx.transport.resend(messageId, o))
    const q = this.queued.get(messageId)
    if (ok && q) this.outbox(q.account).remove(q.clientId)
    return ok
  }

  async revoke(messageId: string): Promise<boolean> {
    try {
      await this.ctx.transport.revoke(messageId)
      return true
    } catch (err) {
      actions.setNotice(this.ctx.store, toChatError(err))
      return false
    }
  }

  /** Sends a Desk message; control messages (7, 24, 27, 10) are hidden from the list. */
  sendDesk(out: OutgoingDesk, to = this.ctx.current, { quiet = false } = {}): Promise<boolean> {
    if (out.kind === 'text') return this.run((o) => this.ctx.transport.sendText(to, out.text, o), out.cloudCustomData ? { cloudCustomData: out.cloudCustomData } : {}, quiet)
    return this.run((o) => this.ctx.transport.sendCustom(to, out.data, o), { onlineUserOnly: out.onlineUserOnly }, quiet)
  }
}
