// Where the memory window, the open cache and stream healing meet (found in review): a page asked for before an
// eviction does not land above a gap; the first live page settles cached rows whoever fetched it; an answer ended
// locally as interrupted still takes text that grew after all; stalled streams share one refetch.
import type { ChatMessage, HistoryPage } from '../../../src/customer-service/im/types'
import { refetchNewestPage, StreamWatch } from '../../../src/customer-service/session/stream-watch'
import * as actions from '../../../src/customer-service/store/chat-store'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { MEMORY_WINDOW } from '../../../src/customer-service/store/evict'
import { isCached, seedCached } from '../../../src/customer-service/store/open-cache'
import { interruptStream } from '../../../src/customer-service/store/streams'
import { ACCOUNT, textMessage } from '../../builders/messages'

const NOW = 1_800_000_000_000
const conv = (store: ReturnType<typeof createChatStore>) => store.getState().conversations[ACCOUNT]
const stream = (m: ChatMessage, chunks: string[], finished = false): ChatMessage => ({
  ...m,
  body: { kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks, isFinished: finished ? 1 : 0 }) }
})

describe('memory window and paging', () => {
  it('nothing is dropped while an older page is on its way (its cursor would move under it)', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    actions.applyHistory(store, ACCOUNT, { messages: [], isCompleted: false, nextCursor: 'x' }, { older: true }, NOW)
    actions.setHistoryLoading(store, ACCOUNT, true)
    actions.setFollowing(store, ACCOUNT, true, NOW)
    for (let i = 0; i < MEMORY_WINDOW + 80; i++) actions.receive(store, [textMessage(`m${i}`)], NOW)
    expect(conv(store).messages.length).toBe(MEMORY_WINDOW + 80)
    expect(conv(store).cursor).toBe('x')
    actions.setHistoryLoading(store, ACCOUNT, false)
    actions.receive(store, [textMessage('one more')], NOW)
    expect(conv(store).messages.length).toBeLessThanOrEqual(MEMORY_WINDOW)
  })
})

describe('open cache', () => {
  it('the first live page settles cached rows even when a re-sync or a stream refetch fetched it', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const [kept, gone] = [textMessage('还在'), textMessage('已不在')]
    seedCached(store, ACCOUNT, [gone, kept])
    expect(conv(store).messages.every(isCached)).toBe(true)
    actions.applyHistory(store, ACCOUNT, { messages: [{ ...kept }], isCompleted: true }, { older: false }, NOW)
    expect(conv(store).messages.map((m) => [m.id, isCached(m)])).toEqual([[kept.id, false]])
  })
})

describe('streams', () => {
  it('an answer ended locally as interrupted takes a longer chunk that comes after all, never a shorter one', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const m = stream(textMessage(''), ['您好，'])
    actions.receive(store, [m], NOW)
    interruptStream(store, m.id)
    actions.modify(store, [stream(m, ['您'])], NOW)
    const view = () => conv(store).messages[0].view
    expect(view()).toMatchObject({ kind: 'stream', markdown: '您好，', interrupted: true })
    actions.modify(store, [stream(m, ['您好，', '退款一般 1-3 天到账'])], NOW)
    expect(view()).toMatchObject({ kind: 'stream', markdown: '您好，退款一般 1-3 天到账' })
  })

  it('streams that stall together cost one newest-page request per conversation', async () => {
    jest.useFakeTimers()
    try {
      const store = createChatStore([ACCOUNT], ACCOUNT)
      const a = stream(textMessage(''), ['一'])
      const b = stream(textMessage(''), ['二'])
      actions.receive(store, [a, b], NOW)
      const getHistory = jest.fn(async (): Promise<HistoryPage> => ({ messages: [stream(a, ['一', '完'], true), stream(b, ['二', '完'], true)], isCompleted: true }))
      const watch = new StreamWatch({ store, refetch: refetchNewestPage({ store, getHistory }) })
      watch.observe([a, b])
      await jest.advanceTimersByTimeAsync(25_000)
      expect(getHistory).toHaveBeenCalledTimes(1)
      expect(conv(store).messages.map((m) => m.view.kind === 'stream' && m.view.finished)).toEqual([true, true])
      watch.stop()
    } finally {
      jest.useRealTimers()
    }
  })
})
