// Streams heal (fake timers): a stalled AI answer is fetched again from history and ends complete; one history
// still shows unfinished ends as interrupted; finished streams are never fetched; stop() clears every timer.
import type { ChatMessage, HistoryPage } from '../../../src/customer-service/im/types'
import { refetchNewestPage, STREAM_REFETCH_TRIES, STREAM_RETRY_MS, STREAM_STALL_MS, StreamWatch } from '../../../src/customer-service/session/stream-watch'
import * as actions from '../../../src/customer-service/store/chat-store'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../../src/customer-service/store/chat-store'
import { interruptStream } from '../../../src/customer-service/store/streams'
import { ACCOUNT, deskMessage, textMessage } from '../../builders/messages'

const streamBody = (chunks: string[], finished: boolean): ChatMessage['body'] => ({
  kind: 'custom',
  data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks, isFinished: finished ? 1 : 0 })
})
const version = (m: ChatMessage, chunks: string[], finished: boolean): ChatMessage => ({ ...m, body: streamBody(chunks, finished) })
const held = (store: ChatStore, id: string) => store.getState().conversations[ACCOUNT].messages.find((m) => m.id === id)?.view

/** A fake server: the newest version of each message, paged as getHistory would. */
function fakeServer() {
  const log = new Map<string, ChatMessage>()
  const calls: string[] = []
  return {
    log,
    calls,
    put: (...list: ChatMessage[]) => list.forEach((m) => log.set(m.id, m)),
    getHistory: jest.fn(async (conversationId: string): Promise<HistoryPage> => {
      calls.push(conversationId)
      return { messages: [...log.values()], isCompleted: true }
    })
  }
}

function setup() {
  const store = createChatStore([ACCOUNT], ACCOUNT)
  const server = fakeServer()
  const refetch = jest.fn(refetchNewestPage({ store, getHistory: server.getHistory }))
  const watch = new StreamWatch({ store, refetch })
  /** A live event as the session handles it: into the store, then shown to the watch. */
  const live = (event: 'received' | 'modified', m: ChatMessage) => {
    server.put(m)
    if (event === 'received') actions.receive(store, [m])
    else actions.modify(store, [m])
    watch.observe([m])
  }
  return { store, server, refetch, watch, live }
}

// Lets the awaited refetch settle between timer steps.
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}
const advance = async (ms: number) => {
  await jest.advanceTimersByTimeAsync(ms)
  await flush()
}

describe('StreamWatch', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('a stalled stream whose last chunk was lost completes after the refetch', async () => {
    const { store, server, refetch, watch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['您好，'], isFinished: 0 })
    live('received', s)
    live('modified', version(s, ['您好，', '退款'], false))
    // The last chunk reaches the server, never the client.
    server.put(version(s, ['您好，', '退款', '一般1-3天到账'], true))
    await advance(STREAM_STALL_MS - 1)
    expect(refetch).not.toHaveBeenCalled()
    await advance(1)
    expect(refetch).toHaveBeenCalledTimes(1)
    expect(server.calls).toEqual([`C2C${ACCOUNT}`])
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: '您好，退款一般1-3天到账', finished: true })
    expect(watch.size).toBe(0)
    expect(jest.getTimerCount()).toBe(0)
  })

  it('every chunk starts the stall time again; a repeat of the same chunk does not', async () => {
    const { refetch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })
    live('received', s)
    await advance(STREAM_STALL_MS - 1000)
    live('modified', version(s, ['a', 'b'], false))
    await advance(STREAM_STALL_MS - 1000)
    expect(refetch).not.toHaveBeenCalled()
    live('modified', version(s, ['a', 'b'], false))
    await advance(1000)
    expect(refetch).toHaveBeenCalledTimes(1)
  })

  it('a stream that finishes normally is never fetched again', async () => {
    const { refetch, watch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })
    live('received', s)
    live('modified', version(s, ['a', 'b'], false))
    live('modified', version(s, ['a', 'b', 'c'], true))
    expect(watch.size).toBe(0)
    expect(jest.getTimerCount()).toBe(0)
    await advance(10 * STREAM_STALL_MS)
    expect(refetch).not.toHaveBeenCalled()
  })

  it('ignores anything that is not an unfinished stream', async () => {
    const { watch, live } = setup()
    live('received', textMessage('hello'))
    live('received', deskMessage({ src: '31', chunks: ['done'], isFinished: 1 }))
    watch.observe([{ id: 'not-held' }])
    expect(watch.size).toBe(0)
    expect(jest.getTimerCount()).toBe(0)
  })

  it('many streams hold one timer each, and stop() clears them all', async () => {
    const { refetch, watch, live } = setup()
    const streams = Array.from({ length: 25 }, (_, i) => deskMessage({ src: '31', chunks: [`s${i}`], isFinished: 0 }))
    for (const s of streams) live('received', s)
    for (const s of streams) live('modified', version(s, [`s`, `more`], false))
    expect(watch.size).toBe(25)
    expect(jest.getTimerCount()).toBe(25)
    watch.stop()
    expect(watch.size).toBe(0)
    expect(jest.getTimerCount()).toBe(0)
    watch.observe([streams[0]])
    expect(jest.getTimerCount()).toBe(0)
    await advance(10 * STREAM_STALL_MS)
    expect(refetch).not.toHaveBeenCalled()
  })

  it('history that still has it unfinished: bounded retries with backoff, then interrupted (no cursor)', async () => {
    const { store, refetch, watch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['您好，'], isFinished: 0 })
    live('received', s)
    await advance(STREAM_STALL_MS)
    expect(refetch).toHaveBeenCalledTimes(1)
    for (let n = 1; n < STREAM_REFETCH_TRIES; n++) {
      const wait = STREAM_RETRY_MS * 2 ** (n - 1)
      await advance(wait - 1)
      expect(refetch).toHaveBeenCalledTimes(n)
      await advance(1)
      expect(refetch).toHaveBeenCalledTimes(n + 1)
    }
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: '您好，', finished: true, interrupted: true })
    expect(watch.size).toBe(0)
    expect(jest.getTimerCount()).toBe(0)
    await advance(10 * STREAM_STALL_MS)
    expect(refetch).toHaveBeenCalledTimes(STREAM_REFETCH_TRIES)
  })

  it('an old answer the newest page does not hold (seen in an older page) is interrupted after one fetch', async () => {
    const { store, server, refetch, watch } = setup()
    const old = deskMessage({ src: '31', chunks: ['旧'], isFinished: 0 })
    actions.applyHistory(store, ACCOUNT, { messages: [old], isCompleted: true }, { older: true })
    server.put(textMessage('newer'))
    watch.observe([old])
    await advance(STREAM_STALL_MS)
    expect(refetch).toHaveBeenCalledTimes(1)
    expect(held(store, old.id)).toMatchObject({ finished: true, interrupted: true })
    expect(jest.getTimerCount()).toBe(0)
  })

  it('an interrupted answer still takes the real last chunk, and refuses an older one', () => {
    const { store, watch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })
    live('received', s)
    watch.stop()
    // Marked by hand here; the retries above end the same way.
    interruptStream(store, s.id)
    actions.modify(store, [version(s, ['a'], false)])
    expect(held(store, s.id)).toMatchObject({ finished: true, interrupted: true })
    actions.modify(store, [version(s, ['a', 'b'], true)])
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: 'ab', finished: true })
  })

  it('failed fetches count as tries; progress found by a fetch starts the stall time again', async () => {
    const { store, server, refetch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })
    live('received', s)
    server.getHistory.mockRejectedValueOnce({ code: 2801, reason: 'network', retryable: true })
    await advance(STREAM_STALL_MS)
    expect(refetch).toHaveBeenCalledTimes(1)
    // The desk is slow, not dead: the second fetch finds more text, so the count starts over.
    server.put(version(s, ['a', 'b'], false))
    await advance(STREAM_RETRY_MS)
    expect(refetch).toHaveBeenCalledTimes(2)
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: 'ab', finished: false })
    await advance(STREAM_STALL_MS - 1)
    expect(refetch).toHaveBeenCalledTimes(2)
    server.put(version(s, ['a', 'b', 'c'], true))
    await advance(1)
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: 'abc', finished: true })
    expect(jest.getTimerCount()).toBe(0)
  })

  it('a refetched older version arriving after a newer live chunk does not overwrite it', async () => {
    const { store, server, watch, live } = setup()
    const s = deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })
    live('received', s)
    // The history fetch answers with the version it read, but only after a newer chunk arrived live.
    let answer: (page: HistoryPage) => void = () => undefined
    server.getHistory.mockImplementationOnce(() => new Promise<HistoryPage>((resolve) => (answer = resolve)))
    await advance(STREAM_STALL_MS)
    live('modified', version(s, ['a', 'b', 'c'], false))
    answer({ messages: [version(s, ['a'], false)], isCompleted: true })
    await flush()
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: 'abc', finished: false })
    // And after the finished chunk, an older unfinished one from history changes nothing either.
    live('modified', version(s, ['a', 'b', 'c', 'd'], true))
    actions.applyHistory(store, ACCOUNT, { messages: [version(s, ['a', 'b', 'c'], false)], isCompleted: true }, { older: false })
    expect(held(store, s.id)).toEqual({ kind: 'stream', markdown: 'abcd', finished: true })
    expect(watch.size).toBe(0)
  })
})
