// The session service wires launch params → transport → store, and tells the host what happens.
// Side effects live here; decoding and state changes stay in protocol/ and store/.
import type { LaunchParams, QuickOrder } from '../launch/types'
import { CS_EVENTS } from '../launch/events'
import type { CsEventName, CsEventPayloads } from '../launch/events'
import { isChatError, redactSecrets, toChatError } from '../im/errors'
import type { ChatError, ChatMessage, ChatTransport, ImageSource, KickReason, SendFailure, SendOptions, Unsubscribe } from '../im/types'
import { conversationIdOf } from '../im/types'
import { answerMenu, answerWorkflow, endHumanSession, productCard, requestRating, startSession, submitForm, submitRating, transferToHuman } from '../protocol'
import type { FormField, MenuItem, OutgoingDesk, RatingOption } from '../protocol'
import * as actions from '../store/chat-store'
import type { ChatStore } from '../store/chat-store'
import type { ListItem } from '../store/state'
import type { CredentialSource } from './credentials'
import { Outbox } from './outbox'
import { isSigExpired } from './credentials'

export type HostEmit = <K extends CsEventName>(event: K, payload: CsEventPayloads[K]) => void

export interface SessionDeps {
  params: LaunchParams
  transport: ChatTransport
  store: ChatStore
  /** Host notifications (the page passes Taro.eventCenter.trigger). */
  emit?: HostEmit
  now?: () => number
  /** How long to wait for SDK_READY after login. */
  readyTimeoutMs?: number
  /** Where a fresh userSig comes from (the developer's endpoint); without it a stale sig is final. */
  credentials?: CredentialSource
}

/** At most one automatic userSig refresh per this window: a second expiry in a row shows the kicked screen. */
const REFRESH_WINDOW_MS = 60_000

export type FormResult = { ok: true } | { ok: false; missing: string[] }

export class ChatSession {
  private readonly subs: Unsubscribe[] = []
  private readonly emit: HostEmit
  private readonly now: () => number
  private everConnected = false
  private stopped = false
  private userSig: string
  private lastRefresh = -Infinity

  constructor(private readonly deps: SessionDeps) {
    this.emit = deps.emit || (() => undefined)
    this.now = deps.now || Date.now
    this.userSig = deps.params.userSig || ''
  }

  private get store() {
    return this.deps.store
  }

  private get transport() {
    return this.deps.transport
  }

  private get current() {
    return this.store.getState().current
  }

  /** Login, profile, then open the current account. Resolves when the chat is usable (or failed visibly). */
  async start(): Promise<void> {
    const { params } = this.deps
    this.listen()
    actions.setConnection(this.store, 'connecting')
    actions.setProfile(this.store, { userID: params.userID || 'demo-user', nick: params.nickName, avatar: params.avatar })
    try {
      await this.login()
    } catch (err) {
      this.fatal(toChatError(err, 'loginFailed'))
      return
    }
    await this.afterLogin()
  }

  private booted = false

  /** First successful login: profile, then open the current account; later ones only re-sync. */
  private async afterLogin() {
    if (this.stopped) return
    // The real SDK reports no NET_STATE_CHANGE 'connected' for a login: a login is the first connection.
    this.everConnected = true
    actions.setConnection(this.store, 'connected')
    if (this.booted) {
      await this.resync()
      return
    }
    this.booted = true
    const { params } = this.deps
    // Profile is a nicety: its failure must not block the chat.
    await this.transport.updateProfile({ nick: params.nickName, avatar: params.avatar }).catch(() => undefined)
    await this.openAccount(this.current)
  }

  private get userID() {
    return this.deps.params.userID || 'demo-user'
  }

  /** Fetches a fresh userSig, at most once per REFRESH_WINDOW_MS; false when that is not possible. */
  private async refreshSig(): Promise<boolean> {
    const source = this.deps.credentials
    if (!source || this.now() - this.lastRefresh < REFRESH_WINDOW_MS) return false
    this.lastRefresh = this.now()
    try {
      this.userSig = (await source(this.userID)).userSig
      return true
    } catch (err) {
      // The endpoint's message may quote what it answered (a sig): redacted like every SDK message.
      const message = (err as Error)?.message
      throw { code: 'credentials', reason: 'credentials', retryable: true, detail: typeof message === 'string' ? redactSecrets(message) : undefined } as ChatError
    }
  }

  /** Login with the current sig: fetched first when missing or already expired, refreshed once if refused as expired. */
  private async login(): Promise<void> {
    if (this.deps.credentials && (!this.userSig || isSigExpired(this.userSig, this.now() / 1000))) await this.refreshSig()
    try {
      await this.transport.login({ userID: this.userID, userSig: this.userSig })
    } catch (err) {
      const e = toChatError(err, 'loginFailed')
      if ((e.reason !== 'sigExpired' && e.reason !== 'sigInvalid') || !(await this.refreshSig())) throw e
      await this.transport.login({ userID: this.userID, userSig: this.userSig })
    }
    await this.waitReady()
  }

  /** Kicked for an expired sig: refresh and log in again, transparently, once; anything else is shown. */
  private async onKicked(reason: KickReason) {
    if (this.stopped) return
    if (reason === 'userSigExpired' && this.deps.credentials && this.now() - this.lastRefresh >= REFRESH_WINDOW_MS) {
      actions.setReady(this.store, false)
      actions.setConnection(this.store, 'reconnecting')
      try {
        await this.refreshSig()
        await this.transport.login({ userID: this.userID, userSig: this.userSig })
        await this.waitReady()
        await this.afterLogin()
        return
      } catch {
        // fall through to the kicked screen
      }
    }
    actions.setKicked(this.store, reason)
    this.emit(CS_EVENTS.error, { reason: 'kicked', code: reason, retryable: true })
  }

  private cancelWait?: () => void

  private waitReady(): Promise<void> {
    if (this.store.getState().ready) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer)
        unsub()
        this.cancelWait = undefined
      }
      const timer = setTimeout(() => {
        done()
        reject({ code: 2999, reason: 'notReady', retryable: true, detail: 'SDK_READY did not come' } as ChatError)
      }, this.deps.readyTimeoutMs ?? 15000)
      const unsub = this.store.subscribe((s) => {
        if (!s.ready) return
        done()
        resolve()
      })
      // stop() while waiting: drop the timer and the subscription, settle nothing.
      this.cancelWait = done
    })
  }

  private listen() {
    const t = this.transport
    this.subs.push(
      t.on('ready', () => actions.setReady(this.store, true)),
      t.on('notReady', () => actions.setReady(this.store, false)),
      t.on('received', (list) => this.onReceived(list)),
      t.on('modified', (list) => this.onModified(list)),
      t.on('revoked', (list) => actions.revoke(this.store, list)),
      t.on('netState', (state) => this.onNetState(state)),
      t.on('kicked', (reason) => void this.onKicked(reason)),
      t.on('error', (err) => actions.setNotice(this.store, err))
    )
  }

  private onNetState(state: 'connecting' | 'connected' | 'disconnected') {
    if (this.store.getState().connection === 'kicked') return
    if (state === 'connected') {
      const wasConnected = this.everConnected
      this.everConnected = true
      actions.setConnection(this.store, 'connected')
      // Anything the desk sent while we were away: re-sync the newest page of what is open.
      if (wasConnected) void this.resync()
    } else if (state === 'connecting') {
      actions.setConnection(this.store, this.everConnected ? 'reconnecting' : 'connecting')
    } else {
      actions.setConnection(this.store, 'disconnected')
    }
  }

  /** After a reconnect: fetch newest pages until one overlaps what we hold (or history ends), so no gap stays. */
  private resyncing = false
  private async resync() {
    if (this.resyncing || this.stopped) return
    this.resyncing = true
    const account = this.current
    try {
      let cursor: string | undefined
      for (let pages = 0; pages < 20; pages++) {
        const known = new Set(this.store.getState().conversations[account]?.messages.map((m) => m.id))
        const page = await this.transport.getHistory(conversationIdOf(account), cursor)
        this.withSessionEvents(() => actions.applyHistory(this.store, account, page, { older: false }, this.now()))
        if (page.isCompleted || !page.nextCursor || page.messages.some((m) => known.has(m.id))) break
        cursor = page.nextCursor
      }
    } catch (err) {
      actions.setNotice(this.store, toChatError(err))
    } finally {
      this.resyncing = false
    }
  }

  private onReceived(list: ChatMessage[]) {
    let added: ListItem[] = []
    this.withSessionEvents(() => {
      added = actions.receive(this.store, list, this.now())
    })
    const s = this.store.getState()
    for (const m of added) {
      if (s.visible || m.flow !== 'in') continue
      const preview = m.view.kind === 'text' ? m.view.text.slice(0, 40) : m.view.kind
      this.emit(CS_EVENTS.message, { account: m.conversationId.replace(/^C2C/, ''), messageId: m.id, preview, time: m.time })
    }
    this.emitUnread()
    if (s.visible) void this.transport.markRead(conversationIdOf(s.current)).catch(() => undefined)
  }

  private onModified(list: ChatMessage[]) {
    let late: ChatMessage[] = []
    this.withSessionEvents(() => {
      late = actions.modify(this.store, list, this.now())
    })
    // A modification that overtook its message's delivery: it is the delivery (unread, host event).
    if (late.length) this.onReceived(late)
  }

  /** Runs a store change and tells the host when an agent joined or the session ended. */
  private withSessionEvents(change: () => void) {
    const before = Object.fromEntries(Object.entries(this.store.getState().conversations).map(([k, c]) => [k, c.session.phase]))
    change()
    for (const [account, c] of Object.entries(this.store.getState().conversations)) {
      if (before[account] === c.session.phase) continue
      if (c.session.phase === 'human') this.emit(CS_EVENTS.agentJoined, { account, nick: c.session.agent?.nick, avatar: c.session.agent?.avatar })
      if (c.session.phase === 'ended') this.emit(CS_EVENTS.sessionEnded, { account })
    }
  }

  private emitUnread() {
    const convs = Object.values(this.store.getState().conversations)
    const total = convs.reduce((n, c) => n + c.unread, 0)
    for (const c of convs) this.emit(CS_EVENTS.unread, { account: c.account, unread: c.unread, total })
  }

  private fatal(err: ChatError) {
    if (this.stopped) return
    actions.setFatal(this.store, err)
    actions.setConnection(this.store, 'disconnected')
    this.emit(CS_EVENTS.error, { reason: err.reason, code: err.code, retryable: err.retryable })
  }

  /** First open of an account in this page session: src 7, first history page, read receipt. */
  async openAccount(account: string): Promise<void> {
    const conv = this.store.getState().conversations[account]
    if (!conv) return
    if (!conv.started) {
      // Marked first so a second open does not send it twice; freed again if it could not go out.
      actions.markStarted(this.store, account)
      if (!(await this.sendDesk(startSession(this.deps.params.language), account, { quiet: true }))) actions.unmarkStarted(this.store, account)
    }
    if (!conv.historyLoaded) await this.loadOlder(account)
    await this.transport.markRead(conversationIdOf(account)).catch(() => undefined)
    await this.flushOutbox(account)
  }

  async switchAccount(account: string): Promise<void> {
    if (account === this.current) return
    actions.switchAccount(this.store, account)
    await this.openAccount(account)
  }

  /** The previous page of history (pull up / scroll to top). */
  async loadOlder(account = this.current): Promise<void> {
    const conv = this.store.getState().conversations[account]
    if (!conv || conv.historyLoading || (conv.historyLoaded && conv.historyCompleted)) return
    actions.setHistoryLoading(this.store, account, true)
    try {
      const page = await this.transport.getHistory(conversationIdOf(account), conv.historyLoaded ? conv.cursor : undefined)
      // Older pages are the past: they change state but tell the host nothing.
      actions.applyHistory(this.store, account, page, { older: true }, this.now())
    } catch (err) {
      actions.setHistoryLoading(this.store, account, false)
      actions.setNotice(this.store, toChatError(err))
    }
  }

  // ── sending ──────────────────────────────────────────────────────────
  private async run(send: (options: SendOptions) => Promise<ChatMessage>, extra: SendOptions = {}, quiet = false): Promise<boolean> {
    try {
      const sent = await send({
        ...extra,
        onCreated: (m) => {
          if (!quiet) actions.addSending(this.store, m)
          extra.onCreated?.(m)
        },
        onProgress: (m, p) => actions.progress(this.store, m, p)
      })
      if (!quiet) actions.settle(this.store, sent, 'sent')
      return true
    } catch (err) {
      const failure = err as SendFailure
      if (!quiet && failure?.failedMessage) actions.settle(this.store, failure.failedMessage, 'failed')
      actions.setNotice(this.store, isChatError(err) ? err : toChatError(err, 'sendFailed'))
      return false
    }
  }

  private readonly outboxes = new Map<string, Outbox>()
  /** SDK message id → outbox entry, to clear the entry when a resend succeeds. */
  private readonly queued = new Map<string, { account: string; clientId: string }>()

  private outbox(account: string): Outbox {
    let box = this.outboxes.get(account)
    if (!box) this.outboxes.set(account, (box = new Outbox(this.userID, account)))
    return box
  }

  /** Typed text: queued in storage until the server confirms it, so nothing is lost if the page closes. */
  async sendText(text: string, cloudCustomData?: string, clientId?: string): Promise<boolean> {
    const value = text.trim()
    if (!value) return false
    const to = this.current
    const box = this.outbox(to)
    const id = clientId || `c${this.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    if (!clientId) box.add({ clientId: id, text: value, cloudCustomData, createdAt: Math.floor(this.now() / 1000) })
    const ok = await this.run((o) => this.transport.sendText(to, value, o), {
      ...(cloudCustomData ? { cloudCustomData } : {}),
      onCreated: (m) => this.queued.set(m.id, { account: to, clientId: id })
    })
    if (ok) box.remove(id)
    return ok
  }

  /** Re-sends what an earlier page session left unconfirmed (those the history shows as delivered are dropped). */
  private async flushOutbox(account: string) {
    const history = this.store.getState().conversations[account]?.messages || []
    for (const e of this.outbox(account).pending(history)) {
      if (this.stopped || account !== this.current) return
      await this.sendText(e.text, e.cloudCustomData, e.clientId)
    }
  }

  sendImage(image: ImageSource): Promise<boolean> {
    const to = this.current
    return this.run((o) => this.transport.sendImage(to, image, o))
  }

  async resend(messageId: string): Promise<boolean> {
    const ok = await this.run((o) => this.transport.resend(messageId, o))
    const q = this.queued.get(messageId)
    if (ok && q) this.outbox(q.account).remove(q.clientId)
    return ok
  }

  async revoke(messageId: string): Promise<boolean> {
    try {
      await this.transport.revoke(messageId)
      return true
    } catch (err) {
      actions.setNotice(this.store, toChatError(err))
      return false
    }
  }

  /** Sends a Desk message; control messages (7, 24, 27, 10) are hidden from the list. */
  private sendDesk(out: OutgoingDesk, to = this.current, { quiet = false } = {}): Promise<boolean> {
    if (out.kind === 'text') return this.run((o) => this.transport.sendText(to, out.text, o), out.cloudCustomData ? { cloudCustomData: out.cloudCustomData } : {}, quiet)
    return this.run((o) => this.transport.sendCustom(to, out.data, o), { onlineUserOnly: out.onlineUserOnly }, quiet)
  }

  // ── Desk actions ─────────────────────────────────────────────────────
  private card(messageId: string): ListItem | undefined {
    return this.store.getState().conversations[this.current]?.messages.find((m) => m.id === messageId)
  }

  private answered(messageId: string): boolean {
    return messageId in (this.store.getState().conversations[this.current]?.answers || {})
  }

  /** A tap on a branch (15), welcome/clarify (29) or single-form (21) item. */
  async answerMenu(messageId: string, item: MenuItem): Promise<boolean> {
    if (this.answered(messageId)) return false
    return this.answerWith(messageId, item.content, answerMenu(item))
  }

  /** Marks the card answered at once (no double answers), and frees it again if the send fails. */
  private async answerWith(messageId: string, answer: string, out: OutgoingDesk): Promise<boolean> {
    const account = this.current
    actions.markAnswered(this.store, account, messageId, answer)
    const ok = await this.sendDesk(out, account)
    if (!ok) actions.unmarkAnswered(this.store, account, messageId)
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
    const card = this.card(messageId)
    const account = this.current
    const conv = this.store.getState().conversations[account]
    if (!card || card.view.kind !== 'rating' || card.view.selected || conv.ratedCards.includes(messageId)) return false
    if (card.view.expireTime && this.now() / 1000 > card.view.expireTime) {
      actions.setNotice(this.store, { code: 10150, reason: 'ratingExpired', retryable: false })
      return false
    }
    actions.markRated(this.store, account, messageId)
    const ok = await this.sendDesk(submitRating(option, card.view.sessionId), account, { quiet: true })
    // The desk saying "already rated" means the rating is there: keep the card done.
    const duplicate = this.store.getState().notice?.reason === 'ratingDuplicate'
    if (ok) this.emit(CS_EVENTS.ratingSubmitted, { account, optionId: option.id, content: option.content })
    else if (!duplicate) actions.unmarkRated(this.store, account, messageId)
    return ok || duplicate
  }

  requestRating(): Promise<boolean> {
    return this.sendDesk(requestRating(), this.current, { quiet: true })
  }

  endHumanSession(): Promise<boolean> {
    return this.sendDesk(endHumanSession(), this.current, { quiet: true })
  }

  transferToHuman(): Promise<boolean> {
    return this.sendDesk(transferToHuman())
  }

  sendQuickOrder(order: QuickOrder): Promise<boolean> {
    return this.sendDesk(productCard({ header: order.header, desc: order.desc, pic: order.pic, url: order.url, customField: order.customField }))
  }

  setVisible(visible: boolean) {
    actions.setVisible(this.store, visible)
    if (visible) {
      this.emitUnread()
      void this.transport.markRead(conversationIdOf(this.current)).catch(() => undefined)
    }
  }

  /** After a kick or a failed login: log in again (only when the user asks: never in a loop). */
  async reconnect(): Promise<void> {
    actions.setKicked(this.store, undefined)
    actions.setFatal(this.store, undefined)
    actions.setReady(this.store, false)
    actions.setConnection(this.store, 'connecting')
    try {
      // A user-initiated retry may refresh the sig again.
      this.lastRefresh = -Infinity
      await this.login()
      await this.afterLogin()
    } catch (err) {
      this.fatal(toChatError(err, 'loginFailed'))
    }
  }

  /** Page unload: every listener off, the transport destroyed. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.cancelWait?.()
    for (const unsub of this.subs.splice(0)) unsub()
    await this.transport.logout().catch(() => undefined)
    await this.transport.destroy()
  }
}
