// The embedded demo desk: a ChatTransport that runs in-process, with no network, and behaves like a
// Tencent AI Desk account by emitting real Desk protocol messages. Deterministic when seeded; with
// `pace` 1 it waits like a real desk. Fault injection serves the reliability tests.
// Its parts: the server's log (./server-log), live delivery with faults (./delivery), the user's sends
// (./user-sends) and the bot's script (./bot); this class wires them and keeps the connection state.
import { Emitter } from '../emitter'
import { chatError } from '../errors'
import type { ChatMessage, ChatTransport, Credentials, HistoryPage, ImageSource, KickReason, MessageBody, SendOptions, SoundSource, TransportEvents, Unsubscribe } from '../types'
import { DemoBot } from './bot'
import { soundBody } from './demo-sound'
import { LiveDelivery } from './delivery'
import type { DemoDeskOptions, DemoFaults, InjectedFaults } from './options'
import { createRandom } from './random'
import { ServerLog } from './server-log'
import { imageUrl, UserSends } from './user-sends'

// Tests, benchmarks and the app import these from here.
export type { DemoDeskOptions, DemoFaults, InjectedFaults } from './options'

export class DemoDesk implements ChatTransport {
  readonly random: () => number
  private readonly events = new Emitter<TransportEvents>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly log: ServerLog
  private readonly delivery: LiveDelivery
  private readonly sends: UserSends
  private readonly bot: DemoBot
  /** How often each delivery fault actually fired. */
  readonly injected: InjectedFaults
  private userID = ''
  private ids = 0
  private online = false
  private loggedIn = false
  private destroyed = false

  constructor(private readonly options: DemoDeskOptions = {}) {
    this.random = createRandom(options.seed ?? 1)
    const later = this.later.bind(this)
    // historySize is read when a conversation is first seeded, not here: options may be tuned right after
    // creation (the setData bench empties the history through the demo hook).
    this.log = new ServerLog({ historySize: () => this.options.historySize ?? 0, now: () => this.now(), user: () => this.userID, nextId: () => this.nextId(), words: () => this.bot.words })
    this.delivery = new LiveDelivery(options.faults, {
      random: this.random,
      later,
      online: () => this.online,
      emit: (event, list) => this.events.emit(event, list)
    })
    this.injected = this.delivery.injected
    this.bot = new DemoBot(this, options.language)
    this.sends = new UserSends({
      log: this.log,
      bot: this.bot,
      now: () => this.now(),
      later,
      random: this.random,
      user: () => this.userID,
      loggedIn: () => this.loggedIn,
      online: () => this.online,
      dropSend: () => this.delivery.faults.dropSend
    })
  }

  // ── clock, timers, ids ───────────────────────────────────────────────
  now(): number {
    return this.options.now ? this.options.now() : Date.now()
  }

  /** Runs `fn` after `ms` × pace (or exactly `ms` when not scaled); destroy() clears every timer. */
  later(ms: number, fn: () => void, scaled = true): void {
    if (this.destroyed) return
    const t = setTimeout(() => {
      this.timers.delete(t)
      if (!this.destroyed) fn()
    }, Math.round(scaled ? ms * (this.options.pace ?? 0) : ms))
    this.timers.add(t)
  }

  nextId(): string {
    this.ids += 1
    return `demo-${this.ids}`
  }

  setFaults(faults: Partial<DemoFaults>): void {
    this.delivery.setFaults(faults)
  }

  // ── what the desk says ───────────────────────────────────────────────
  /** A message from the desk to the user: stored, then delivered live (through the faults). */
  deskSays(account: string, body: MessageBody, extra: Partial<ChatMessage> = {}): ChatMessage {
    const m = this.log.fromDesk(account, body, extra)
    this.delivery.deliver({ event: 'received', message: m })
    return m
  }

  /** Many desk messages stored and delivered as one batch, as the SDK hands over a backlog (benchmarks fill long chats with it). */
  deskSaysMany(account: string, bodies: MessageBody[]): ChatMessage[] {
    const list = bodies.map((body) => this.log.fromDesk(account, body))
    if (this.online) this.events.emit('received', list.map((x) => ({ ...x })))
    return list
  }

  /** A Desk message (customerServicePlugin 0) with `payload`'s fields. */
  deskSaysDesk(account: string, payload: Record<string, unknown>, extra: Partial<ChatMessage> = {}): ChatMessage {
    return this.deskSays(account, { kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, ...payload }) }, extra)
  }

  /**
   * Changes a stored message and tells the client (MESSAGE_MODIFIED), as AI streaming does. Through the same
   * faults as a new message: a chunk can be lost, doubled, late, or overtaken by the next chunk — the server
   * keeps the newest version, so the next chunk or a re-sync brings the full text.
   */
  deskModifies(m: ChatMessage, body: MessageBody): ChatMessage {
    const next = { ...m, body }
    this.log.store(next)
    this.delivery.deliver({ event: 'modified', message: next })
    return next
  }

  // ── connection faults ────────────────────────────────────────────────
  disconnect(): void {
    this.online = false
    this.events.emit('netState', 'disconnected')
  }

  reconnect(): void {
    if (!this.loggedIn) return
    this.events.emit('netState', 'connecting')
    this.online = true
    this.events.emit('netState', 'connected')
  }

  kick(reason: KickReason): void {
    this.online = false
    this.loggedIn = false
    this.events.emit('kicked', reason)
    this.events.emit('notReady', undefined)
  }

  // ── ChatTransport ────────────────────────────────────────────────────
  on<K extends keyof TransportEvents>(event: K, handler: (payload: TransportEvents[K]) => void): Unsubscribe {
    return this.events.on(event, handler)
  }

  async login(credentials: Credentials): Promise<void> {
    if (this.destroyed) throw chatError('notReady', 2999, false, 'demo desk destroyed')
    this.userID = credentials.userID || 'demo-user'
    if (this.options.acceptSig && !this.options.acceptSig(credentials.userSig)) {
      throw { code: 70001, message: 'userSig expired' }
    }
    this.events.emit('netState', 'connecting')
    this.loggedIn = true
    this.online = true
    this.events.emit('netState', 'connected')
    this.events.emit('ready', undefined)
  }

  async logout(): Promise<void> {
    this.loggedIn = false
    this.online = false
    this.events.emit('notReady', undefined)
  }

  async destroy(): Promise<void> {
    this.destroyed = true
    this.online = false
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    this.events.clear()
  }

  async updateProfile(): Promise<void> {
    this.assertOnline()
  }

  sendText(to: string, text: string, options?: SendOptions): Promise<ChatMessage> {
    return this.sends.send(to, { kind: 'text', text }, options)
  }

  sendCustom(to: string, data: string, options?: SendOptions): Promise<ChatMessage> {
    return this.sends.send(to, { kind: 'custom', data }, options)
  }

  sendImage(to: string, image: ImageSource, options?: SendOptions): Promise<ChatMessage> {
    const url = imageUrl(image)
    return this.sends.send(to, { kind: 'image', url, thumbUrl: url }, options, true)
  }

  sendSound(to: string, sound: SoundSource, options?: SendOptions): Promise<ChatMessage> {
    return this.sends.send(to, soundBody(sound), options, true)
  }

  resend(messageId: string, options?: SendOptions): Promise<ChatMessage> {
    return this.sends.resend(messageId, options)
  }

  async revoke(messageId: string): Promise<void> {
    this.assertOnline()
    const m = this.log.find(messageId)
    if (!m) throw chatError('notFound', 'notFound', false, `no message ${messageId}`)
    // The SDK refuses after two minutes.
    if (this.now() / 1000 - m.time > 120) throw chatError('revokeTooLate', 20016, false, 'revoke time limit passed')
    const revoked = { ...m, isRevoked: true }
    this.log.store(revoked)
    this.events.emit('revoked', [{ ...revoked }])
  }

  async getHistory(conversationId: string, cursor?: string): Promise<HistoryPage> {
    this.assertOnline()
    return this.log.page(conversationId, cursor)
  }

  async markRead(): Promise<void> {
    this.assertOnline()
  }

  private assertOnline(): void {
    if (!this.loggedIn) throw chatError('notLoggedIn', 2024, true, 'not logged in')
    if (!this.online) throw chatError('network', 2801, true, 'no network')
  }

  // ── test and demo introspection ──────────────────────────────────────
  /** The server's copy of a conversation. */
  serverLog(account: string): ChatMessage[] {
    return this.log.copy(`C2C${account}`)
  }

  get user(): string {
    return this.userID
  }

  /** Nothing scheduled (every answer, chunk and delayed delivery has happened). */
  get idle(): boolean {
    return this.timers.size === 0
  }

  /** Live deliveries would reach the client now. */
  get connected(): boolean {
    return this.online && this.loggedIn
  }

  /** Where the desk's script thinks the conversation is (bot / human agent / ended). */
  phaseOf(account: string): 'bot' | 'human' | 'ended' {
    return this.bot.phaseOf(account)
  }
}
