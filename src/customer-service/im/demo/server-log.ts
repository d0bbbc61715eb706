// The demo desk's "server": every conversation's message log, the server sequence, and history pages
// with getMessageList semantics. Live delivery is separate (./delivery): what it loses, a re-sync finds here.
import type { ChatMessage, HistoryPage, MessageBody } from '../types'
import { fillWords } from './words'
import type { DemoWords } from './words'

const PAGE = 15

/** What the log needs from the desk: how much history to invent, the clock, the user and message ids. */
export interface ServerLogContext {
  historySize: () => number
  /** The desk's words: the seeded history speaks the desk's language. */
  words: () => DemoWords
  now(): number
  user(): string
  nextId(): string
}

export type NewMessage = Omit<ChatMessage, 'id' | 'status' | 'isRevoked'> & { id?: string }

export class ServerLog {
  private readonly logs = new Map<string, ChatMessage[]>()
  // Positions by id (ids are unique across conversations): a soak's log holds 100,000 messages.
  private readonly positions = new Map<string, number>()
  private seq = 0

  constructor(private readonly ctx: ServerLogContext) {}

  /** The next server sequence: every stored message takes one, the seeded history included. */
  nextSequence(): number {
    this.seq += 1
    return this.seq
  }

  /** A stored message: sent and not revoked unless `m` says otherwise. */
  message(m: NewMessage): ChatMessage {
    return { id: m.id || this.ctx.nextId(), status: 'sent', isRevoked: false, ...m }
  }

  /** A conversation's log, seeded with its history on first use. */
  conversation(conversationId: string): ChatMessage[] {
    let log = this.logs.get(conversationId)
    if (!log) {
      log = this.seedHistory(conversationId)
      log.forEach((m, i) => this.positions.set(m.id, i))
      this.logs.set(conversationId, log)
    }
    return log
  }

  private seedHistory(conversationId: string): ChatMessage[] {
    const n = this.ctx.historySize()
    const account = conversationId.replace(/^C2C/, '')
    const user = this.ctx.user() || 'demo-user'
    const start = Math.floor(this.ctx.now() / 1000) - 86400 - n * 60
    const w = this.ctx.words()
    return Array.from({ length: n }, (_, i) => {
      const mine = i % 2 === 0
      return this.message({
        conversationId,
        from: mine ? user : account,
        to: mine ? account : user,
        flow: mine ? 'out' : 'in',
        time: start + i * 60,
        sequence: this.nextSequence(),
        body: { kind: 'text', text: mine ? fillWords(w.historyMine, { n: i / 2 + 1 }) : fillWords(w.historyReply, { n: (i + 1) / 2 }) }
      })
    })
  }

  /** A new message from the desk (account) to the user, stored. */
  fromDesk(account: string, body: MessageBody, extra: Partial<ChatMessage> = {}): ChatMessage {
    const sequence = this.nextSequence()
    const time = Math.floor(this.ctx.now() / 1000)
    const m = this.message({ conversationId: `C2C${account}`, from: account, to: this.ctx.user(), flow: 'in', time, sequence, body, ...extra })
    this.store(m)
    return m
  }

  /** Adds `m`, or replaces the stored version with the same id (a modification, a revoke). */
  store(m: ChatMessage): void {
    const log = this.conversation(m.conversationId)
    const at = this.positions.get(m.id)
    const previous = at !== undefined && log[at]?.id === m.id ? log[at] : undefined
    if (previous) log[at!] = m
    else {
      this.positions.set(m.id, log.length)
      log.push(m)
    }
    this.keepSorted(m, previous)
  }

  /**
   * History pages read a sorted view of the sent messages, kept in order as messages are stored instead of
   * re-sorted per page: a 20,000-message soak asks for pages all the time, and a full sort each time made it
   * superlinear. (time, sequence) is unique here: sequences come from one counter.
   */
  private readonly sorted = new Map<string, ChatMessage[]>()

  private keepSorted(m: ChatMessage, previous: ChatMessage | undefined) {
    const view = this.sorted.get(m.conversationId)
    if (!view) return
    if (previous?.status === 'sent') {
      const i = bound(view, previous) - 1
      if (view[i]?.id !== m.id) return void this.sorted.delete(m.conversationId)
      view.splice(i, 1)
    }
    if (m.status === 'sent') view.splice(bound(view, m), 0, m)
  }

  private sortedView(conversationId: string): ChatMessage[] {
    let view = this.sorted.get(conversationId)
    if (!view) {
      view = this.conversation(conversationId).filter((m) => m.status === 'sent').sort(byKey)
      this.sorted.set(conversationId, view)
    }
    return view
  }

  /** A message by id, in any conversation opened so far. */
  find(messageId: string): ChatMessage | undefined {
    for (const log of this.logs.values()) {
      const m = log.find((x) => x.id === messageId)
      if (m) return m
    }
    return undefined
  }

  /** The page before `cursor` (the newest page without one): sent messages only, ascending by time. */
  page(conversationId: string, cursor?: string): HistoryPage {
    const log = this.sortedView(conversationId)
    const at = cursor === undefined ? undefined : this.positions.get(cursor)
    const held = at === undefined ? undefined : this.conversation(conversationId)[at]
    const i = held?.id === cursor && held?.status === 'sent' ? bound(log, held) - 1 : -1
    const end = cursor === undefined ? log.length : log[i]?.id === cursor ? i : -1
    const upto = end < 0 ? 0 : end
    const page = log.slice(Math.max(0, upto - PAGE), upto)
    const completed = upto - PAGE <= 0
    return { messages: page.map((m) => ({ ...m })), nextCursor: completed ? undefined : page[0]?.id, isCompleted: completed }
  }

  /** Copies, so a test can't change the server by changing what it was given. */
  copy(conversationId: string): ChatMessage[] {
    return this.conversation(conversationId).map((m) => ({ ...m }))
  }
}

const byKey = (a: ChatMessage, b: ChatMessage) => a.time - b.time || a.sequence - b.sequence

/** The first position in the sorted `view` whose message sorts after `m` (binary search). */
function bound(view: ChatMessage[], m: ChatMessage): number {
  let lo = 0
  let hi = view.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byKey(view[mid], m) <= 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
