// The connection lifecycle: login (refreshing the sig when it expired), SDK_READY, kicks, the network state,
// the re-sync after a reconnect, the user's 重新连接, and stop.
import { CS_EVENTS } from '../launch/events'
import { toChatError } from '../im/errors'
import type { ChatError, KickReason, Unsubscribe } from '../im/types'
import { conversationIdOf } from '../im/types'
import * as actions from '../store/chat-store'
import type { SessionContext } from './context'
import type { Conversations } from './conversations'
import { withSessionEvents } from './host-events'
import { SessionSig } from './sig'
import { forgetOtherUsers } from './open-cache'
import { openFromCache, syncOpenCache, taroStorage } from './open-cache-sync'

export class Connection {
  private readonly subs: Unsubscribe[] = []
  private readonly sig: SessionSig
  private everConnected = false
  private booted = false
  private resyncing = false
  private cancelWait?: () => void

  constructor(
    private readonly ctx: SessionContext,
    private readonly conversations: Conversations
  ) {
    this.sig = new SessionSig(ctx)
  }

  /** Login, profile, then open the current account. Resolves when the chat is usable (or failed visibly). */
  async start(): Promise<void> {
    const { params } = this.ctx.deps
    this.listen()
    actions.setConnection(this.ctx.store, 'connecting')
    actions.setProfile(this.ctx.store, { userID: params.userID || 'demo-user', nick: params.nickName, avatar: params.avatar })
    forgetOtherUsers(taroStorage, this.ctx.userID)
    openFromCache(this.ctx.store, taroStorage, this.ctx.userID, this.ctx.current)
    const cacheSync = syncOpenCache(this.ctx.store, taroStorage, this.ctx.userID)
    this.conversations.cacheSync = cacheSync
    this.subs.push(cacheSync.stop)
    try {
      await this.login()
    } catch (err) {
      this.fatal(toChatError(err, 'loginFailed'))
      return
    }
    await this.afterLogin()
  }

  /** First successful login: profile, then open the current account; later ones only re-sync. */
  private async afterLogin() {
    if (this.ctx.stopped) return
    // The real SDK reports no NET_STATE_CHANGE 'connected' for a login: a login is the first connection.
    this.everConnected = true
    actions.setConnection(this.ctx.store, 'connected')
    if (this.booted) {
      await this.resync()
      return
    }
    this.booted = true
    const { params } = this.ctx.deps
    // Profile is a nicety: its failure must not block the chat.
    await this.ctx.transport.updateProfile({ nick: params.nickName, avatar: params.avatar }).catch(() => undefined)
    await this.conversations.openAccount(this.ctx.current)
  }

  /** Login with the current sig: fetched first when missing or already expired, refreshed once if refused as expired. */
  private async login(): Promise<void> {
    const { transport } = this.ctx
    if (this.sig.needsFetch) await this.sig.refresh()
    try {
      await transport.login({ userID: this.ctx.userID, userSig: this.sig.value })
    } catch (err) {
      const e = toChatError(err, 'loginFailed')
      if ((e.reason !== 'sigExpired' && e.reason !== 'sigInvalid') || !(await this.sig.refresh())) throw e
      await transport.login({ userID: this.ctx.userID, userSig: this.sig.value })
    }
    await this.waitReady()
  }

  /** Kicked for an expired sig: refresh and log in again, transparently, once; anything else is shown. */
  private async onKicked(reason: KickReason) {
    if (this.ctx.stopped) return
    if (reason === 'userSigExpired' && this.sig.mayRefresh) {
      actions.setReady(this.ctx.store, false)
      actions.setConnection(this.ctx.store, 'reconnecting')
      try {
        await this.sig.refresh()
        await this.ctx.transport.login({ userID: this.ctx.userID, userSig: this.sig.value })
        await this.waitReady()
        await this.afterLogin()
        return
      } catch {
        // fall through to the kicked screen
      }
    }
    actions.setKicked(this.ctx.store, reason)
    this.ctx.emit(CS_EVENTS.error, { reason: 'kicked', code: reason, retryable: true })
  }

  private waitReady(): Promise<void> {
    const { store } = this.ctx
    if (store.getState().ready) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer)
        unsub()
        this.cancelWait = undefined
      }
      const timer = setTimeout(() => {
        done()
        reject({ code: 2999, reason: 'notReady', retryable: true, detail: 'SDK_READY did not come' } as ChatError)
      }, this.ctx.deps.readyTimeoutMs ?? 15000)
      const unsub = store.subscribe((s) => {
        if (!s.ready) return
        done()
        resolve()
      })
      // stop() while waiting: drop the timer and the subscription, settle nothing.
      this.cancelWait = done
    })
  }

  private listen() {
    const { store, transport: t } = this.ctx
    this.subs.push(
      t.on('ready', () => actions.setReady(store, true)),
      t.on('notReady', () => actions.setReady(store, false)),
      t.on('received', (list) => this.conversations.onReceived(list)),
      t.on('modified', (list) => this.conversations.onModified(list)),
      t.on('revoked', (list) => actions.revoke(store, list)),
      t.on('netState', (state) => this.onNetState(state)),
      t.on('kicked', (reason) => void this.onKicked(reason)),
      t.on('error', (err) => actions.setNotice(store, err))
    )
  }

  private onNetState(state: 'connecting' | 'connected' | 'disconnected') {
    const { store } = this.ctx
    if (store.getState().connection === 'kicked') return
    if (state === 'connected') {
      const wasConnected = this.everConnected
      this.everConnected = true
      actions.setConnection(store, 'connected')
      // Anything the desk sent while we were away: re-sync the newest page of what is open.
      if (wasConnected) void this.resync()
    } else if (state === 'connecting') {
      actions.setConnection(store, this.everConnected ? 'reconnecting' : 'connecting')
    } else {
      actions.setConnection(store, 'disconnected')
    }
  }

  /** After a reconnect: fetch newest pages until one overlaps what we hold (or history ends), so no gap stays. */
  private async resync() {
    if (this.resyncing || this.ctx.stopped) return
    this.resyncing = true
    const { store, transport } = this.ctx
    const account = this.ctx.current
    try {
      let cursor: string | undefined
      for (let pages = 0; pages < 20; pages++) {
        const known = new Set(store.getState().conversations[account]?.messages.map((m) => m.id))
        // The first page from the server itself: an IM SDK's memory misses what came while away.
        const page = await transport.getHistory(conversationIdOf(account), cursor, cursor ? undefined : { fresh: true })
        withSessionEvents(this.ctx, () => actions.applyHistory(store, account, page, { older: false }, this.ctx.now()))
        this.conversations.streams.observe(page.messages)
        if (page.isCompleted || !page.nextCursor || page.messages.some((m) => known.has(m.id))) break
        cursor = page.nextCursor
      }
    } catch (err) {
      actions.setNotice(store, toChatError(err))
    } finally {
      this.resyncing = false
    }
  }

  private fatal(err: ChatError) {
    if (this.ctx.stopped) return
    actions.setFatal(this.ctx.store, err)
    actions.setConnection(this.ctx.store, 'disconnected')
    this.ctx.emit(CS_EVENTS.error, { reason: err.reason, code: err.code, retryable: err.retryable })
  }

  /** After a kick or a failed login: log in again (only when the user asks: never in a loop). */
  async reconnect(): Promise<void> {
    const { store } = this.ctx
    actions.setKicked(store, undefined)
    actions.setFatal(store, undefined)
    actions.setReady(store, false)
    actions.setConnection(store, 'connecting')
    try {
      // A user-initiated retry may refresh the sig again.
      this.sig.resetWindow()
      await this.login()
      await this.afterLogin()
    } catch (err) {
      this.fatal(toChatError(err, 'loginFailed'))
    }
  }

  /** Page unload: every listener off, the transport destroyed. */
  async stop(): Promise<void> {
    if (this.ctx.stopped) return
    this.ctx.stopped = true
    this.cancelWait?.()
    this.conversations.streams.stop()
    for (const unsub of this.subs.splice(0)) unsub()
    await this.ctx.transport.logout().catch(() => undefined)
    await this.ctx.transport.destroy()
  }
}
