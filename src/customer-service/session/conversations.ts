// The conversations: opening an account (src 7, first history page, read receipt, outbox), switching accounts,
// paging history, and what arrives live — with the unread counts and host events it causes.
import { CS_EVENTS } from '../launch/events'
import { toChatError } from '../im/errors'
import type { ChatMessage } from '../im/types'
import { conversationIdOf } from '../im/types'
import { deskLanguage, startSession } from '../protocol'
import * as actions from '../store/chat-store'
import type { ListItem } from '../store/state'
import type { SessionContext } from './context'
import { emitUnread, withSessionEvents } from './host-events'
import type { Sending } from './sending'
import { openFromCache, taroStorage } from './open-cache-sync'
import type { OpenCacheSync } from './open-cache-sync'
import { refetchNewestPage, StreamWatch } from './stream-watch'

export class Conversations {
  cacheSync?: OpenCacheSync
  /** AI answers that stall without finishing are fetched again (their last chunk may be lost). */
  readonly streams: StreamWatch

  constructor(
    private readonly ctx: SessionContext,
    private readonly sending: Sending
  ) {
    const { store, transport } = ctx
    this.streams = new StreamWatch({
      store,
      refetch: refetchNewestPage({
        store,
        getHistory: (c, cursor, options) => transport.getHistory(c, cursor, options),
        apply: (account, page) => withSessionEvents(ctx, () => actions.applyHistory(store, account, page, { older: false }, ctx.now()))
      })
    })
  }

  /** First open of an account in this page session: src 7, first history page, read receipt. */
  async openAccount(account: string): Promise<void> {
    const { store } = this.ctx
    const conv = store.getState().conversations[account]
    if (!conv) return
    if (!conv.started) {
      // Marked first so a second open does not send it twice; freed again if it could not go out.
      actions.markStarted(store, account)
      if (!(await this.sending.sendDesk(startSession(deskLanguage(this.ctx.deps.params.language)), account, { quiet: true }))) actions.unmarkStarted(store, account)
    }
    if (!conv.historyLoaded) await this.loadOlder(account)
    await this.ctx.transport.markRead(conversationIdOf(account)).catch(() => undefined)
    await this.sending.flushOutbox(account)
  }

  async switchAccount(account: string): Promise<void> {
    if (account === this.ctx.current) return
    actions.switchAccount(this.ctx.store, account)
    openFromCache(this.ctx.store, taroStorage, this.ctx.userID, account)
    await this.openAccount(account)
  }

  /** The previous page of history (pull up / scroll to top). */
  async loadOlder(account = this.ctx.current): Promise<void> {
    const { store } = this.ctx
    const conv = store.getState().conversations[account]
    if (!conv || conv.historyLoading || (conv.historyLoaded && conv.historyCompleted)) return
    actions.setHistoryLoading(store, account, true)
    try {
      const asked = conv.historyLoaded ? conv.cursor : undefined
      const page = await this.ctx.transport.getHistory(conversationIdOf(account), asked)
      const now = store.getState().conversations[account]
      // The list moved its cursor meanwhile (it dropped old messages, or a re-sync set it): this page answers a
      // question no longer asked and would leave a gap; the next scroll to the top asks again.
      if (conv.historyLoaded && now?.cursor !== asked) return actions.setHistoryLoading(store, account, false)
      // Older pages are the past: they change state but tell the host nothing.
      actions.applyHistory(store, account, page, { older: true }, this.ctx.now())
      // Only the first page can hold an answer still streaming; older ones are settled history.
      if (!conv.historyLoaded) this.streams.observe(page.messages)
    } catch (err) {
      actions.setHistoryLoading(store, account, false)
      actions.setNotice(store, toChatError(err))
    }
  }

  onReceived(list: ChatMessage[]) {
    const { store } = this.ctx
    let added: ListItem[] = []
    withSessionEvents(this.ctx, () => {
      added = actions.receive(store, list, this.ctx.now())
    })
    this.streams.observe(list)
    const s = store.getState()
    for (const m of added) {
      if (s.visible || m.flow !== 'in') continue
      const preview = m.view.kind === 'text' ? m.view.text.slice(0, 40) : m.view.kind
      this.ctx.emit(CS_EVENTS.message, { account: m.conversationId.replace(/^C2C/, ''), messageId: m.id, preview, time: m.time })
    }
    emitUnread(this.ctx)
    if (s.visible) void this.ctx.transport.markRead(conversationIdOf(s.current)).catch(() => undefined)
  }

  onModified(list: ChatMessage[]) {
    let late: ChatMessage[] = []
    withSessionEvents(this.ctx, () => {
      late = actions.modify(this.ctx.store, list, this.ctx.now())
    })
    this.streams.observe(list)
    // A modification that overtook its message's delivery: it is the delivery (unread, host event).
    if (late.length) this.onReceived(late)
  }

  setVisible(visible: boolean) {
    actions.setVisible(this.ctx.store, visible)
    if (!visible) this.cacheSync?.flush()
    if (visible) {
      emitUnread(this.ctx)
      void this.ctx.transport.markRead(conversationIdOf(this.ctx.current)).catch(() => undefined)
    }
  }
}
