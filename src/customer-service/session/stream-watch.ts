// Streams heal: an AI answer (src 31) that stops changing without isFinished is fetched again from history,
// where the server keeps its newest version. A stream whose last chunk was lost then ends complete; one that
// history still shows unfinished after the last try is ended locally as interrupted, so no cursor blinks forever.
import type { ChatTransport, HistoryPage } from '../im/types'
import { conversationIdOf } from '../im/types'
import { applyHistory } from '../store/chat-store'
import type { ChatStore } from '../store/chat-store'
import { findMessage, interruptStream } from '../store/streams'

/** A stream that has not changed for this long is fetched again. */
export const STREAM_STALL_MS = 20_000
/** Refetches before a stream is given up as interrupted. */
export const STREAM_REFETCH_TRIES = 3
/** Wait before the second refetch; doubled for each one after. */
export const STREAM_RETRY_MS = 5_000

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

// Looked up at call time, so jest's fake timers stand in when installed after import.
const globalTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
}

export interface StreamWatchDeps {
  store: ChatStore
  /**
   * Brings the server's newest version of the message into the store (through the stream-version guard);
   * false when the page fetched did not hold it (an old answer, further back than the newest page).
   */
  refetch(messageId: string): Promise<boolean | void>
  timers?: Timers
  stallMs?: number
  tries?: number
  retryMs?: number
}

interface Watched {
  /** The text when it last changed: a repeat of the same version does not count as progress. */
  markdown: string
  tries: number
  timer?: unknown
}

/** One timer per unfinished stream; none for anything else. */
export class StreamWatch {
  private readonly watched = new Map<string, Watched>()
  private readonly timers: Timers
  private stopped = false

  constructor(private readonly deps: StreamWatchDeps) {
    this.timers = deps.timers || globalTimers
  }

  /**
   * Messages that were received or modified (or came in a history page): an unfinished stream's timer starts
   * again when its text changed; a finished, revoked or vanished one is forgotten. Other messages are ignored.
   */
  observe(messages: ReadonlyArray<{ id: string }>): void {
    if (this.stopped) return
    for (const { id } of messages) {
      const markdown = this.unfinished(id)
      const w = this.watched.get(id)
      if (markdown === undefined) this.forget(id)
      else if (!w || w.markdown !== markdown) {
        this.forget(id)
        this.arm(id, { markdown, tries: 0 }, this.deps.stallMs ?? STREAM_STALL_MS)
      }
    }
  }

  /** Every timer cleared; nothing is fetched or marked afterwards. */
  stop(): void {
    this.stopped = true
    for (const id of [...this.watched.keys()]) this.forget(id)
  }

  /** How many streams are being watched (each holds at most one timer). */
  get size(): number {
    return this.watched.size
  }

  /** The held text of an unfinished, live stream; undefined for anything else. */
  private unfinished(id: string): string | undefined {
    const item = findMessage(this.deps.store, id)?.item
    return item && !item.isRevoked && item.view.kind === 'stream' && !item.view.finished ? item.view.markdown : undefined
  }

  private arm(id: string, w: Watched, ms: number) {
    this.watched.set(id, w)
    w.timer = this.timers.setTimeout(() => void this.fire(id, w), ms)
  }

  private forget(id: string) {
    const w = this.watched.get(id)
    if (w?.timer !== undefined) this.timers.clearTimeout(w.timer)
    this.watched.delete(id)
  }

  private async fire(id: string, w: Watched) {
    w.timer = undefined
    // Another stream's refetch (one page serves a whole conversation) may have settled this one already.
    const before = this.unfinished(id)
    if (before === undefined) return this.forget(id)
    if (before !== w.markdown) return this.arm(id, { markdown: before, tries: 0 }, this.deps.stallMs ?? STREAM_STALL_MS)
    w.tries += 1
    // A failed fetch (offline, …) counts as a try: the re-sync after a reconnect still brings the newest version.
    const inPage = await this.deps.refetch(id).catch(() => undefined)
    // Stopped, finished, or changed and re-armed by observe() while the fetch ran: this round is over.
    if (this.stopped || this.watched.get(id) !== w) return
    const markdown = this.unfinished(id)
    if (markdown === undefined) this.forget(id)
    else if (markdown !== w.markdown) this.arm(id, { markdown, tries: 0 }, this.deps.stallMs ?? STREAM_STALL_MS)
    // Not in the newest page: what the older page showed is already the server's newest version.
    else if (inPage === false || w.tries >= (this.deps.tries ?? STREAM_REFETCH_TRIES)) {
      this.forget(id)
      interruptStream(this.deps.store, id)
    } else this.arm(id, w, (this.deps.retryMs ?? STREAM_RETRY_MS) * 2 ** (w.tries - 1))
  }
}

export interface NewestPageDeps {
  store: ChatStore
  getHistory: ChatTransport['getHistory']
  /** How the session applies a newest page (its re-sync path); by default straight into the store. */
  apply?: (account: string, page: HistoryPage) => void
}

/** The usual refetch: the newest history page of the message's conversation, merged as a re-sync merges it. */
export function refetchNewestPage({ store, getHistory, apply }: NewestPageDeps): (messageId: string) => Promise<boolean> {
  const put = apply || ((account: string, page: HistoryPage) => applyHistory(store, account, page, { older: false }))
  // Streams that stall together share one request per conversation (and one merge of its page).
  const inFlight = new Map<string, Promise<HistoryPage>>()
  const newest = (account: string) => {
    let p = inFlight.get(account)
    if (!p) {
      // Fresh: the newest version is on the server; an IM SDK's memory holds the stalled one.
      p = getHistory(conversationIdOf(account), undefined, { fresh: true }).then((page) => {
        put(account, page)
        return page
      })
      inFlight.set(account, p)
      const forget = () => inFlight.delete(account)
      p.then(forget, forget)
    }
    return p
  }
  return async (messageId) => {
    const found = findMessage(store, messageId)
    if (!found) return false
    const page = await newest(found.account)
    return page.messages.some((m) => m.id === messageId)
  }
}
