// Drives the real ChatSession and zustand store over the demo desk through a scripted conversation with
// injected faults and incidents (disconnects, history gaps, kicks, expired sigs), recording what happened so
// invariants.ts can check it. Shared by the fault matrix and the soak. Deterministic under a seed: pace 0,
// a virtual clock, and every random choice from seeded generators.
import { setImmediate as realSetImmediate } from 'timers'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { DemoFaults } from '../../../src/customer-service/im/demo/demo-desk'
import { createRandom } from '../../../src/customer-service/im/demo/random'
import type { ChatMessage, KickReason } from '../../../src/customer-service/im/types'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../../src/customer-service/store/chat-store'
import type { ListItem } from '../../../src/customer-service/store/state'
import { ACCOUNT } from '../../builders/messages'
import { launchParamsFor } from '../../builders/launch'

export { ACCOUNT }

export type Incident =
  /** The network goes while a send is in flight; the user sends twice more offline; it comes back. */
  | { kind: 'disconnectMidSend' }
  /** The desk talks while we are away: those messages are only recoverable by re-sync. */
  | { kind: 'gap'; missed: number }
  /** Kicked out; the user's next sends fail; the user taps 重新连接. */
  | { kind: 'kick'; reason: KickReason }
  /** Kicked for an expired sig: refreshed without the user noticing; `twice` expires again at once (kicked screen). */
  | { kind: 'sigExpired'; twice?: boolean }
  /** The network goes between two chunks of an AI answer: the rest of it is on the server, only a re-sync brings it. */
  | { kind: 'disconnectMidStream' }

export interface Scenario {
  name: string
  seed: number
  /** Messages the user sends. */
  turns: number
  faults?: Partial<DemoFaults>
  /** Incidents, cycled, one every `every` turns. */
  incidents?: Incident[]
  every?: number
  /** Left unhealed after the last turn, to check the UI says so. */
  endWith?: Incident
  /** No userSig endpoint: an expired sig cannot be refreshed, the kicked screen says so. */
  noCredentialSource?: boolean
}

export interface Figures {
  sent: number
  delivered: number
  failedThenResent: number
  duplicatesSuppressed: number
  /** Live deliveries older than one already received (the `ordered` invariant proves they were put in order). */
  reordersSeen: number
  /** Chunk updates that came after a newer chunk of the same answer (the store must keep the newer text). */
  staleChunks: number
  /** Deliveries the desk dropped, and delayed (counted by the desk as it injects them). */
  deliveriesDropped: number
  deliveriesDelayed: number
  /** AI answers shown cut short when a disconnect came between their chunks (a re-sync must complete them). */
  streamsCut: number
  resyncs: number
  reconnects: number
  maxStoreSize: number
}

const NO_FAULTS: DemoFaults = { dropSend: 0, dropDelivery: 0, duplicate: 0, reorder: 0, delayMs: 0 }

/**
 * Runs the desk's timers (jest's fake timers: pace 0 then costs no wall time) until `work` has settled and the
 * desk has nothing scheduled: every answer, chunk and delayed delivery has happened.
 */
export async function settle<T>(desk: DemoDesk, work?: Promise<T>): Promise<T | undefined> {
  let done = !work
  work?.then(
    () => (done = true),
    () => (done = true)
  )
  for (let i = 0; i < 100_000; i++) {
    // Fire what is due, then let promise chains run: a real setImmediate, which (unlike the async timer API's
    // real setTimeout) costs no millisecond per step.
    jest.advanceTimersByTime(1)
    await new Promise((resolve) => realSetImmediate(resolve))
    if (done && desk.idle) return work
  }
  throw new Error('the desk never went idle')
}

/** What the user types on turn `i`: mostly questions, with hand-offs, thanks and menu items on a cycle. */
export function scriptedText(i: number): string {
  switch (i % 40) {
    case 3:
      return '如何退款？' // a five-chunk streamed answer
    case 5:
      return '订单问题' // a branch menu card
    case 10:
      return '人工服务' // hand-off to the agent
    case 25:
      return `谢谢 #${i}` // the agent closes and the desk sends a rating card
    default:
      return `问题 #${i}`
  }
}

export class Run {
  readonly desk: DemoDesk
  readonly store: ChatStore
  readonly session: ChatSession
  readonly userID: string
  readonly figures: Figures = {
    sent: 0,
    delivered: 0,
    failedThenResent: 0,
    duplicatesSuppressed: 0,
    reordersSeen: 0,
    staleChunks: 0,
    deliveriesDropped: 0,
    deliveriesDelayed: 0,
    streamsCut: 0,
    resyncs: 0,
    reconnects: 0,
    maxStoreSize: 0
  }
  /** Every message the user created (SDK id → text), whatever became of it. */
  readonly userSent = new Map<string, string>()
  /** Every text the user typed, in order (scripted ones with `#N` are unique). */
  readonly typed: string[] = []
  /** Per streamed answer, the newest version the client was given: live (received/modified) or in a history page. */
  readonly streamsGiven = new Map<string, ChatMessage>()
  /** Ids that reached the client live (received or modified). */
  readonly deliveredLive = new Set<string>()
  /** Most heap seen, sampled every 500 messages (the soak reports it). */
  heapMax = 0
  /** The state the UI should show once the run ends (before healing). */
  expected: { connection: 'connected' | 'disconnected' | 'kicked'; kicked?: KickReason } = { connection: 'connected' }
  private clock = 1_700_000_000_000
  private validSig = 'sig-0'
  private sigs = 0
  private readonly random: () => number
  private newest: ChatMessage | undefined
  /** Set by the disconnectMidStream incident: the next chunk update of an AI answer takes the network down. */
  private cutNextStream = false
  /** The answer that disconnect cut. */
  private cutStream: string | undefined

  constructor(readonly scenario: Scenario) {
    const now = () => this.clock
    this.random = createRandom(scenario.seed ^ 0x5eed)
    this.desk = new DemoDesk({ seed: scenario.seed, pace: 0, now, faults: scenario.faults, acceptSig: (s) => s === this.validSig })
    this.store = createChatStore([ACCOUNT], ACCOUNT)
    // A user of its own per run: the outbox lives in storage, shared by every run in a test file.
    this.userID = `u_${scenario.name.replace(/[^A-Za-z0-9]/g, '_').slice(0, 24)}_${scenario.seed}`
    const params = launchParamsFor({ userID: this.userID, userSig: this.validSig })
    const credentials = scenario.noCredentialSource ? undefined : async (userID: string) => ({ userID, userSig: this.mintSig() })
    this.session = new ChatSession({ params, transport: this.desk, store: this.store, now, credentials })
    this.instrument()
  }

  private mintSig() {
    this.sigs += 1
    this.validSig = `sig-${this.sigs}`
    return this.validSig
  }

  /** Records the user's messages, counts re-syncs, and watches live deliveries for duplicates and reorders. */
  private instrument() {
    const { desk } = this
    const deskModifies = desk.deskModifies.bind(desk)
    desk.deskModifies = (m, body) => {
      const next = deskModifies(m, body)
      if (this.cutNextStream && chunksOf(next) !== undefined) {
        this.cutNextStream = false
        this.cutStream = next.id
        desk.disconnect()
      }
      return next
    }
    const sendText = desk.sendText.bind(desk)
    desk.sendText = (to, text, options) =>
      sendText(to, text, {
        ...options,
        onCreated: (m) => {
          this.userSent.set(m.id, text)
          this.figures.sent += 1
          options?.onCreated?.(m)
        }
      })
    const getHistory = desk.getHistory.bind(desk)
    desk.getHistory = (conversationId, cursor) => {
      // The first page without a cursor is the initial load; every later one is a re-sync.
      if (cursor === undefined && this.store.getState().conversations[ACCOUNT].historyLoaded) this.figures.resyncs += 1
      return getHistory(conversationId, cursor).then((page) => {
        page.messages.forEach((m) => this.given(m))
        return page
      })
    }
    const received = new Set<string>()
    desk.on('received', (list) => {
      for (const m of list) {
        if (received.has(m.id)) this.figures.duplicatesSuppressed += 1
        else if (this.newest && (m.time < this.newest.time || (m.time === this.newest.time && m.sequence < this.newest.sequence))) this.figures.reordersSeen += 1
        if (!this.newest || m.sequence > this.newest.sequence) this.newest = m
        received.add(m.id)
        this.deliveredLive.add(m.id)
        this.given(m)
      }
    })
    desk.on('modified', (list) =>
      list.forEach((m) => {
        this.deliveredLive.add(m.id)
        if (!this.given(m)) this.figures.staleChunks += 1
      })
    )
  }

  /**
   * Notes a version of a streamed answer the client was given; false when it is older than one given before.
   * Versions are ordered by the desk's own rule (its chunks are cumulative), not by the store's code under test.
   */
  private given(m: ChatMessage): boolean {
    const chunks = chunksOf(m)
    if (chunks === undefined) return true
    const before = this.streamsGiven.get(m.id)
    if (before && chunksOf(before)! > chunks) return false
    this.streamsGiven.set(m.id, m)
    return true
  }

  get messages(): ListItem[] {
    return this.store.getState().conversations[ACCOUNT].messages
  }

  /** Start, the scripted turns in small bursts with incidents between them, then the final incident. */
  async play() {
    const { scenario, session, desk } = this
    await settle(desk, session.start())
    let turn = 0
    let incident = 0
    const every = scenario.every ?? 100
    while (turn < scenario.turns) {
      if (scenario.incidents?.length && turn >= every * (incident + 1)) {
        await this.incident(scenario.incidents[incident % scenario.incidents.length], turn)
        incident += 1
      }
      // The user types a few messages before any answer comes (1–4 in flight at once).
      const burst = Math.min(scenario.turns - turn, 1 + Math.floor(this.random() * 4))
      const sends: Promise<boolean>[] = []
      for (let k = 0; k < burst; k++) sends.push(this.type())
      turn += burst
      await settle(desk, Promise.all(sends))
      this.figures.maxStoreSize = Math.max(this.figures.maxStoreSize, this.messages.length)
      if (turn % 500 < burst) this.heapMax = Math.max(this.heapMax, process.memoryUsage().heapUsed)
    }
    if (scenario.endWith) await this.incident(scenario.endWith, turn, true)
    await settle(desk)
    this.countInjected()
  }

  private countInjected() {
    this.figures.deliveriesDropped = this.desk.injected.dropped
    this.figures.deliveriesDelayed = this.desk.injected.delayed
  }

  /** One scripted user message. */
  private type(): Promise<boolean> {
    return this.say(scriptedText(this.typed.length))
  }

  /** The user sends `text`; the clock moves a second per message so server times differ. */
  private say(text: string): Promise<boolean> {
    this.clock += 1000
    this.typed.push(text)
    return this.session.sendText(text)
  }

  private async incident(incident: Incident, turn: number, leaveUnhealed = false) {
    const { desk, session } = this
    switch (incident.kind) {
      case 'disconnectMidSend': {
        const inFlight = this.type()
        desk.disconnect()
        await settle(desk, Promise.all([inFlight, this.type(), this.type()]))
        if (leaveUnhealed) return void (this.expected = { connection: 'disconnected' })
        desk.reconnect()
        break
      }
      case 'gap':
        desk.disconnect()
        for (let k = 0; k < incident.missed; k++) {
          this.clock += 1000
          desk.deskSays(ACCOUNT, { kind: 'text', text: `离线期间的消息 ${turn}/${k}` })
        }
        if (leaveUnhealed) return void (this.expected = { connection: 'disconnected' })
        desk.reconnect()
        break
      case 'kick':
        desk.kick(incident.reason)
        await settle(desk, Promise.all([this.type(), this.type()]))
        if (leaveUnhealed) return void (this.expected = { connection: 'kicked', kicked: incident.reason })
        await settle(desk, session.reconnect())
        break
      case 'disconnectMidStream': {
        // Only the bot streams: with an agent on, the user thanks them first (the agent closes, the bot is back).
        if (desk.phaseOf(ACCOUNT) === 'human') await settle(desk, this.say('谢谢'))
        this.cutNextStream = true
        this.cutStream = undefined
        await settle(desk, this.say('如何退款？'))
        this.cutNextStream = false // disarmed, should the send have failed (no answer came to cut)
        // Delivery faults may have kept the answer from the client altogether: only count one shown cut short.
        const cut = this.messages.find((m) => m.id === this.cutStream)
        if (cut?.view.kind === 'stream' && !cut.view.finished) this.figures.streamsCut += 1
        if (leaveUnhealed) return void (this.expected = { connection: 'disconnected' })
        desk.reconnect()
        break
      }
      case 'sigExpired':
        this.validSig = 'expired'
        desk.kick('userSigExpired')
        await settle(desk)
        if (incident.twice) {
          // A second expiry inside the refresh window is not refreshed again: the kicked screen says why.
          this.validSig = 'expired'
          desk.kick('userSigExpired')
          await settle(desk)
          if (leaveUnhealed) return void (this.expected = { connection: 'kicked', kicked: 'userSigExpired' })
          await settle(desk, session.reconnect())
        }
        break
    }
    this.figures.reconnects += 1
    await settle(desk)
  }

  /**
   * Back to normal, as a user would get there: faults gone, the network back (a reconnect re-syncs), the kicked
   * screen's 重新连接 tapped, and every failed message's resend tapped once.
   */
  async heal() {
    const { desk, session } = this
    desk.setFaults(NO_FAULTS)
    if (this.store.getState().connection === 'kicked' || !desk.connected) {
      if (this.store.getState().connection === 'kicked') await settle(desk, session.reconnect())
      else desk.reconnect()
      this.figures.reconnects += 1
    }
    // A last reconnect: whatever live delivery missed (held back, dropped) is re-synced.
    desk.disconnect()
    desk.reconnect()
    await settle(desk)
    const failed = this.messages.filter((m) => m.flow === 'out' && m.status === 'failed')
    for (const m of failed) {
      if (await settle(desk, session.resend(m.id))) this.figures.failedThenResent += 1
    }
    await settle(desk)
    this.countInjected()
    this.expected = { connection: 'connected' }
    const server = new Map(desk.serverLog(ACCOUNT).map((m) => [m.id, m]))
    this.figures.delivered = [...this.userSent.keys()].filter((id) => server.get(id)?.status === 'sent').length
  }

  async stop() {
    await settle(this.desk, this.session.stop())
  }
}

/** How many chunks a version of a streamed answer (src 31) carries; undefined for any other message. */
export function chunksOf(m: ChatMessage): number | undefined {
  if (m.body.kind !== 'custom' || !m.body.data.includes('"src":"31"')) return undefined
  const chunks = (JSON.parse(m.body.data) as { chunks?: unknown }).chunks
  return Array.isArray(chunks) ? chunks.length : undefined
}

export async function runScenario(scenario: Scenario): Promise<Run> {
  const run = new Run(scenario)
  await run.play()
  return run
}
