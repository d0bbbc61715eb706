// The embedded demo desk: a ChatTransport that runs in-process, with no network, and behaves like a
// Tencent AI Desk account by emitting real Desk protocol messages. Deterministic when seeded; with
// `pace` 1 it waits like a real desk. Fault injection serves the reliability tests.
import { Emitter } from '../emitter'
import { chatError } from '../errors'
import type {
  ChatMessage,
  ChatTransport,
  Credentials,
  HistoryPage,
  ImageSource,
  KickReason,
  MessageBody,
  SendFailure,
  SendOptions,
  TransportEvents,
  Unsubscribe
} from '../types'
import { DemoBot } from './bot'
import { createRandom } from './random'

export interface DemoFaults {
  /** Probability that a send fails with a network error. */
  dropSend: number
  /** Probability that a live delivery is lost (the message stays on the server: re-sync finds it). */
  dropDelivery: number
  /** Probability that a live delivery arrives twice. */
  duplicate: number
  /** Probability that a live delivery is held back and arrives after the next one. */
  reorder: number
  /** Extra delay (ms) before each live delivery. */
  delayMs: number
}

export interface DemoDeskOptions {
  seed?: number
  /** Delay scale: 0 as fast as timers allow (tests), 1 lifelike. */
  pace?: number
  /** Older messages already on the "server" per account, to page through. */
  historySize?: number
  faults?: Partial<DemoFaults>
  /** Clock in ms (tests pin it). */
  now?: () => number
  /** Which userSigs the desk accepts (default: any); a refused one fails login as expired (70001). */
  acceptSig?: (userSig: string) => boolean
}

/** How often each delivery fault actually fired (tests assert a scenario really exercised its fault). */
export interface InjectedFaults {
  dropped: number
  duplicated: number
  heldBack: number
  delayed: number
}

/** A live delivery: a new message (MESSAGE_RECEIVED) or a changed one (MESSAGE_MODIFIED, e.g. a stream chunk). */
type Delivery = { event: 'received' | 'modified'; message: ChatMessage }

const NO_FAULTS: DemoFaults = { dropSend: 0, dropDelivery: 0, duplicate: 0, reorder: 0, delayMs: 0 }
const PAGE = 15

export class DemoDesk implements ChatTransport {
  readonly random: () => number
  private readonly events = new Emitter<TransportEvents>()
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()
  private readonly logs = new Map<string, ChatMessage[]>()
  private readonly positions = new Map<string, number>()
  private readonly bot: DemoBot
  private faults: DemoFaults
  private held: Delivery | undefined
  readonly injected: InjectedFaults = { dropped: 0, duplicated: 0, heldBack: 0, delayed: 0 }
  private userID = ''
  private seq = 0
  private ids = 0
  private online = false
  private loggedIn = false
  private destroyed = false

  constructor(private readonly options: DemoDeskOptions = {}) {
    this.random = createRandom(options.seed ?? 1)
    this.faults = { ...NO_FAULTS, ...options.faults }
    this.bot = new DemoBot(this)
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
    this.faults = { ...this.faults, ...faults }
  }

  // ── the "server" ─────────────────────────────────────────────────────
  private log(conversationId: string): ChatMessage[] {
    let log = this.logs.get(conversationId)
    if (!log) {
      log = this.seedHistory(conversationId)
      log.forEach((m, i) => this.positions.set(m.id, i))
      this.logs.set(conversationId, log)
    }
    return log
  }

  private seedHistory(conversationId: string): ChatMessage[] {
    const n = this.options.historySize ?? 0
    const account = conversationId.replace(/^C2C/, '')
    const start = Math.floor(this.now() / 1000) - 86400 - n * 60
    return Array.from({ length: n }, (_, i) => {
      const mine = i % 2 === 0
      this.seq += 1
      return this.message({
        conversationId,
        from: mine ? this.userID || 'demo-user' : account,
        to: mine ? account : this.userID || 'demo-user',
        flow: mine ? 'out' : 'in',
        time: start + i * 60,
        sequence: this.seq,
        body: { kind: 'text', text: mine ? `历史咨询 #${i / 2 + 1}：我的订单什么时候到？` : `历史回复 #${(i + 1) / 2}：预计明天送达。` }
      })
    })
  }

  private message(m: Omit<ChatMessage, 'id' | 'status' | 'isRevoked'> & { id?: string }): ChatMessage {
    return { id: m.id || this.nextId(), status: 'sent', isRevoked: false, ...m }
  }

  private store(m: ChatMessage): void {
    const log = this.log(m.conversationId)
    // Positions by id (ids are unique across conversations): a soak's log holds 100,000 messages.
    const at = this.positions.get(m.id)
    if (at !== undefined && log[at]?.id === m.id) log[at] = m
    else {
      this.positions.set(m.id, log.length)
      log.push(m)
    }
  }

  /** A message from the desk to the user: stored, then delivered live (through the faults). */
  deskSays(account: string, body: MessageBody, extra: Partial<ChatMessage> = {}): ChatMessage {
    const m = this.fromDesk(account, body, extra)
    this.deliver({ event: 'received', message: m })
    return m
  }

  /** Many desk messages stored and delivered as one batch, as the SDK hands over a backlog (benchmarks fill long chats with it). */
  deskSaysMany(account: string, bodies: MessageBody[]): ChatMessage[] {
    const list = bodies.map((body) => this.fromDesk(account, body))
    if (this.online) this.events.emit('received', list.map((x) => ({ ...x })))
    return list
  }

  private fromDesk(account: string, body: MessageBody, extra: Partial<ChatMessage> = {}): ChatMessage {
    this.seq += 1
    const m = this.message({
      conversationId: `C2C${account}`,
      from: account,
      to: this.userID,
      flow: 'in',
      time: Math.floor(this.now() / 1000),
      sequence: this.seq,
      body,
      ...extra
    })
    this.store(m)
    return m
  }

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
    this.store(next)
    this.deliver({ event: 'modified', message: next })
    return next
  }

  private deliver(d: Delivery): void {
    if (!this.online) return // stays on the server; a re-sync after reconnecting finds it
    const f = this.faults
    if (f.dropDelivery && this.random() < f.dropDelivery) {
      this.injected.dropped += 1
      return
    }
    const m = d.message
    const emit = (event: Delivery['event'], list: ChatMessage[]) => {
      if (this.online) this.events.emit(event, list.map((x) => ({ ...x })))
    }
    const send = () => {
      if (f.reorder && !this.held && this.random() < f.reorder) {
        this.injected.heldBack += 1
        this.held = d
        return
      }
      const held = this.held
      this.held = undefined
      // The held one arrives after this one. Same kind: one batch, as the SDK hands over several at once.
      if (held?.event === d.event) emit(d.event, [m, held.message])
      else {
        emit(d.event, [m])
        if (held) emit(held.event, [held.message])
      }
      if (f.duplicate && this.random() < f.duplicate) {
        this.injected.duplicated += 1
        emit(d.event, [m])
      }
    }
    if (f.delayMs) {
      this.injected.delayed += 1
      this.later(f.delayMs, send, false)
    } else send()
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
    return this.send(to, { kind: 'text', text }, options)
  }

  sendCustom(to: string, data: string, options?: SendOptions): Promise<ChatMessage> {
    return this.send(to, { kind: 'custom', data }, options)
  }

  sendImage(to: string, image: ImageSource, options?: SendOptions): Promise<ChatMessage> {
    const url = imageUrl(image)
    return this.send(to, { kind: 'image', url, thumbUrl: url }, options, true)
  }

  async resend(messageId: string, options?: SendOptions): Promise<ChatMessage> {
    const failed = this.pendingFailures.get(messageId)
    if (!failed) throw chatError('notFound', 'notFound', false, `no failed message ${messageId}`)
    this.pendingFailures.delete(messageId)
    return this.send(failed.to, failed.body, options, failed.body.kind === 'image', failed)
  }

  private readonly pendingFailures = new Map<string, ChatMessage>()

  private send(to: string, body: MessageBody, options: SendOptions | undefined, upload = false, previous?: ChatMessage): Promise<ChatMessage> {
    const created: ChatMessage = previous
      ? { ...previous, status: 'sending', time: Math.floor(this.now() / 1000) }
      : this.message({ conversationId: `C2C${to}`, from: this.userID, to, flow: 'out', time: Math.floor(this.now() / 1000), sequence: 0, body, ...(options?.cloudCustomData ? { cloudCustomData: options.cloudCustomData } : {}) })
    created.status = 'sending'
    options?.onCreated?.({ ...created })
    return new Promise((resolve, reject) => {
      const fail = (code: number, reason: 'network' | 'notLoggedIn', detail: string) => {
        const failedMessage = { ...created, status: 'failed' as const }
        this.pendingFailures.set(created.id, failedMessage)
        const failure: SendFailure = { ...chatError(reason, code, true, detail), failedMessage }
        reject(failure)
      }
      const finish = () => {
        if (!this.loggedIn) return fail(2024, 'notLoggedIn', 'not logged in')
        if (!this.online) return fail(2801, 'network', 'no network')
        if (this.faults.dropSend && this.random() < this.faults.dropSend) return fail(2801, 'network', 'injected send failure')
        const refusal = this.bot.refuse(created)
        if (refusal) {
          const failedMessage = { ...created, status: 'failed' as const }
          reject({ ...refusal, failedMessage } as SendFailure)
          return
        }
        this.seq += 1
        const sent: ChatMessage = { ...created, status: 'sent', sequence: this.seq, progress: undefined }
        this.store(sent)
        resolve({ ...sent })
        this.bot.react(sent, options)
      }
      if (upload) {
        // Upload progress, as tim-upload-plugin reports it.
        for (const [i, p] of [0.3, 0.7, 1].entries()) this.later(150 * (i + 1), () => options?.onProgress?.({ ...created }, p))
        this.later(600, finish)
      } else {
        this.later(80, finish)
      }
    })
  }

  async revoke(messageId: string): Promise<void> {
    this.assertOnline()
    for (const log of this.logs.values()) {
      const m = log.find((x) => x.id === messageId)
      if (!m) continue
      // The SDK refuses after two minutes.
      if (this.now() / 1000 - m.time > 120) throw chatError('revokeTooLate', 20016, false, 'revoke time limit passed')
      const revoked = { ...m, isRevoked: true }
      this.store(revoked)
      this.events.emit('revoked', [{ ...revoked }])
      return
    }
    throw chatError('notFound', 'notFound', false, `no message ${messageId}`)
  }

  async getHistory(conversationId: string, cursor?: string): Promise<HistoryPage> {
    this.assertOnline()
    const log = [...this.log(conversationId)].filter((m) => m.status === 'sent').sort((a, b) => a.time - b.time || a.sequence - b.sequence)
    const end = cursor ? log.findIndex((m) => m.id === cursor) : log.length
    const upto = end < 0 ? 0 : end
    const page = log.slice(Math.max(0, upto - PAGE), upto)
    const completed = upto - PAGE <= 0
    return { messages: page.map((m) => ({ ...m })), nextCursor: completed ? undefined : page[0]?.id, isCompleted: completed }
  }

  async markRead(): Promise<void> {
    this.assertOnline()
  }

  private assertOnline(): void {
    if (!this.loggedIn) throw chatError('notLoggedIn', 2024, true, 'not logged in')
    if (!this.online) throw chatError('network', 2801, true, 'no network')
  }

  /** Test/demo introspection: the server's copy of a conversation. */
  serverLog(account: string): ChatMessage[] {
    return this.log(`C2C${account}`).map((m) => ({ ...m }))
  }

  get user(): string {
    return this.userID
  }

  /** Test introspection: nothing scheduled (every answer, chunk and delayed delivery has happened). */
  get idle(): boolean {
    return this.timers.size === 0
  }

  /** Test introspection: live deliveries would reach the client now. */
  get connected(): boolean {
    return this.online && this.loggedIn
  }

  /** Test introspection: where the desk's script thinks the conversation is (bot / human agent / ended). */
  phaseOf(account: string): 'bot' | 'human' | 'ended' {
    return this.bot.phaseOf(account)
  }
}

function imageUrl(image: ImageSource): string {
  const i = image as { tempFilePath?: string; tempFiles?: { tempFilePath?: string }[]; path?: string } | undefined
  return i?.tempFiles?.[0]?.tempFilePath || i?.tempFilePath || i?.path || 'demo://image'
}
