// Instant open: the last screen of each conversation is kept per user and account, read back only when every
// field checks out, shown as cached rows and replaced by the live history without duplicates.
import Taro from '@tarojs/taro'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { ChatSession } from '../../../src/customer-service/session/service'
import { clearOpenCaches, forgetOtherUsers, OPEN_CACHE_MAX_BYTES, OPEN_CACHE_MAX_MESSAGES, OPEN_CACHE_VERSION, OpenCache } from '../../../src/customer-service/session/open-cache'
import { openFromCache, syncOpenCache } from '../../../src/customer-service/session/open-cache-sync'
import { applyHistory, createChatStore } from '../../../src/customer-service/store/chat-store'
import { cacheableTail, confirmCached, isCached } from '../../../src/customer-service/store/open-cache'
import { launchParamsFor } from '../../builders/launch'
import { ACCOUNT, deskMessage, textMessage } from '../../builders/messages'

const USER = 'u_cache'
const KEY = `cs-open:v${OPEN_CACHE_VERSION}:${USER}:${ACCOUNT}`
const cache = (user = USER, account = ACCOUNT) => new OpenCache(Taro, user, account)
const texts = (list: ChatMessage[]) => list.map((m) => (m.body.kind === 'text' ? m.body.text : m.body.kind))
const stored = () => JSON.parse(Taro.getStorageSync(KEY) as string)
const putRaw = (value: unknown) => Taro.setStorageSync(KEY, typeof value === 'string' ? value : JSON.stringify(value))
const entry = (messages: unknown[], over: Record<string, unknown> = {}) => ({ v: OPEN_CACHE_VERSION, userID: USER, account: ACCOUNT, messages, ...over })

beforeEach(() => Taro.clearStorageSync())

describe('open cache: storage', () => {
  it('writes the newest sent messages (at most 30) and reads them back as plain ChatMessages', () => {
    const list = Array.from({ length: 40 }, (_, i) => textMessage(`第 ${i} 条`))
    const sending = textMessage('还在发送', { flow: 'out', status: 'sending' })
    cache().write([...list, sending])
    const back = cache().read()
    expect(back).toHaveLength(OPEN_CACHE_MAX_MESSAGES)
    expect(texts(back)).toEqual(list.slice(-30).map((m) => (m.body as { text: string }).text))
    expect(back[0]).toEqual(list[10])
    expect(stored()).toMatchObject({ v: OPEN_CACHE_VERSION, userID: USER, account: ACCOUNT })
  })

  it('keeps accounts and users apart', () => {
    cache().write([textMessage('客服一')])
    cache(USER, 'cs_002').write([textMessage('客服二', { conversationId: 'C2Ccs_002' })])
    expect(texts(cache().read())).toEqual(['客服一'])
    expect(texts(cache(USER, 'cs_002').read())).toEqual(['客服二'])
    expect(cache('u_other').read()).toEqual([])
  })

  it('stays under the byte cap: the oldest go first; one message over the cap stores nothing', () => {
    const big = (n: number) => textMessage('长'.repeat(4000), { id: `big${n}` })
    cache().write(Array.from({ length: 10 }, (_, i) => big(i)))
    const raw = Taro.getStorageSync(KEY) as string
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThanOrEqual(OPEN_CACHE_MAX_BYTES)
    const back = cache().read()
    expect(back.length).toBeGreaterThan(0)
    expect(back[back.length - 1].id).toBe('big9')
    cache().write([textMessage('x'.repeat(OPEN_CACHE_MAX_BYTES + 1))])
    expect(Taro.getStorageSync(KEY)).toBe('')
  })

  const good = () => JSON.parse(JSON.stringify(textMessage('好的')))
  const corrupt: [string, () => unknown][] = [
    ['bad JSON', () => '{"v":1,"userID":"u_cache","messages":[{'],
    ['not an object', () => '[1,2,3]'],
    ['a number where the entry goes', () => 42],
    ['another schema version', () => entry([good()], { v: OPEN_CACHE_VERSION + 1 })],
    ['no version', () => entry([good()], { v: undefined })],
    ["another user's entry under this key", () => entry([good()], { userID: 'u_other' })],
    ["another account's entry", () => entry([good()], { account: 'cs_009' })],
    ['a message of another conversation', () => entry([{ ...good(), conversationId: 'C2Ccs_009' }])],
    ['messages not an array', () => entry({ 0: good() } as unknown as unknown[])],
    ['too many messages', () => entry(Array.from({ length: 31 }, (_, i) => ({ ...good(), id: `x${i}`, sequence: i })))],
    ['oversized', () => entry([{ ...good(), body: { kind: 'text', text: '长'.repeat(OPEN_CACHE_MAX_BYTES / 3 + 10) } }])],
    ['id missing', () => entry([{ ...good(), id: undefined }])],
    ['id a number', () => entry([{ ...good(), id: 7 }])],
    ['flow unknown', () => entry([{ ...good(), flow: 'sideways' }])],
    ['time a string', () => entry([{ ...good(), time: '1700000000' }])],
    ['time NaN (null in JSON)', () => entry([{ ...good(), time: null }])],
    ['sequence negative', () => entry([{ ...good(), sequence: -1 }])],
    ['status sending', () => entry([{ ...good(), status: 'sending' }])],
    ['isRevoked a string', () => entry([{ ...good(), isRevoked: 'no' }])],
    ['nick an object', () => entry([{ ...good(), nick: { toString: 'x' } }])],
    ['cloudCustomData a number', () => entry([{ ...good(), cloudCustomData: 1 }])],
    ['body missing', () => entry([{ ...good(), body: undefined }])],
    ['body kind unknown', () => entry([{ ...good(), body: { kind: 'script', text: 'x' } }])],
    ['text body without text', () => entry([{ ...good(), body: { kind: 'text' } }])],
    ['custom body data an object', () => entry([{ ...good(), body: { kind: 'custom', data: { src: '7' } } }])],
    ['image width a string', () => entry([{ ...good(), body: { kind: 'image', url: 'https://a/b.png', width: '10' } }])],
    ['file without size', () => entry([{ ...good(), body: { kind: 'file', url: 'https://a/b', name: 'b' } }])],
    ['a null message', () => entry([null])],
    ['duplicate ids', () => entry([good(), good()].map((m) => ({ ...m, id: 'same' })))],
    ['out of order', () => entry([{ ...good(), id: 'b', time: 2 }, { ...good(), id: 'a', time: 1 }])]
  ]

  it.each(corrupt)('ignores (and removes) a corrupt or foreign entry: %s', (_name, value) => {
    putRaw(value())
    expect(cache().read()).toEqual([])
    expect(Taro.getStorageSync(KEY)).toBe('')
  })

  it('drops fields a ChatMessage does not have (nothing but message data is ever handed on)', () => {
    putRaw(entry([{ ...good(), userSig: 'secret', view: { kind: 'text', text: 'forged' }, cached: false, progress: 0.5 }]))
    const [m] = cache().read()
    expect(Object.keys(m).sort()).toEqual(['body', 'conversationId', 'flow', 'from', 'id', 'isRevoked', 'sequence', 'status', 'time', 'to'])
  })

  it('a logout clears every cached conversation; another user clears the previous one', () => {
    cache().write([textMessage('一')])
    cache(USER, 'cs_002').write([textMessage('二', { conversationId: 'C2Ccs_002' })])
    forgetOtherUsers(Taro, USER)
    expect(cache().read()).toHaveLength(1)
    forgetOtherUsers(Taro, 'u_next')
    expect(cache().read()).toEqual([])
    expect(cache(USER, 'cs_002').read()).toEqual([])
    cache('u_next').write([textMessage('三')])
    clearOpenCaches(Taro)
    expect(cache('u_next').read()).toEqual([])
    expect(Taro.getStorageInfoSync().keys.filter((k: string) => k.startsWith('cs-open'))).toEqual([])
  })
})

describe('open cache: store', () => {
  const open = () => createChatStore([ACCOUNT], ACCOUNT)
  const conv = (store: ReturnType<typeof open>) => store.getState().conversations[ACCOUNT]

  it('cached rows show decoded and flagged, then the live page confirms some and removes the rest, once each', () => {
    const [a, b, gone] = [textMessage('一'), deskMessage({ src: '15', content: { header: '请选择', items: [{ content: '退款' }] } }), textMessage('没确认')]
    cache().write([a, b, gone])
    const store = open()
    openFromCache(store, Taro, USER, ACCOUNT)
    expect(conv(store).messages.map((m) => [m.id, isCached(m)])).toEqual([[a.id, true], [b.id, true], [gone.id, true]])
    expect(conv(store).messages[1].view.kind).toBe('branch')
    const fresh = textMessage('新的')
    const page = { messages: [a, b, fresh], isCompleted: true }
    applyHistory(store, ACCOUNT, page, { older: true })
    confirmCached(store, ACCOUNT, page.messages)
    const after = conv(store).messages
    expect(after.map((m) => m.id)).toEqual([a.id, b.id, fresh.id])
    expect(after.some(isCached)).toBe(false)
    // Confirming again changes nothing.
    const before = store.getState()
    confirmCached(store, ACCOUNT, page.messages)
    expect(store.getState()).toBe(before)
  })

  it('does not seed a conversation that already holds live messages, nor write one not confirmed yet', () => {
    cache().write([textMessage('旧')])
    const store = open()
    applyHistory(store, ACCOUNT, { messages: [textMessage('活的')], isCompleted: true }, { older: true })
    openFromCache(store, Taro, USER, ACCOUNT)
    expect(texts(conv(store).messages)).toEqual(['活的'])
    const pending = open()
    openFromCache(pending, Taro, USER, ACCOUNT)
    expect(cacheableTail(conv(pending), 30)).toBeUndefined()
  })
})

describe('open cache: a session keeps it', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('written as messages change, flushed on stop, holding no userSig', async () => {
    const SIG = 'eJyrVgrxCdYrSy1SslIyUqoFAF2LBmMsig-secret-0123456789abcdef'
    const desk = new DemoDesk({ pace: 0, seed: 3 })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const session = new ChatSession({ params: launchParamsFor({ userID: USER, userSig: SIG }), transport: desk, store })
    const sync = syncOpenCache(store, Taro, USER, { delayMs: 60_000 })
    const started = session.start()
    await jest.advanceTimersByTimeAsync(1000)
    await started
    expect(store.getState().conversations[ACCOUNT].historyLoaded).toBe(true)
    await jest.advanceTimersByTimeAsync(60_000)
    expect(texts(cache().read())).toContain('custom')
    void session.sendText('缓存里的一句话')
    await jest.runAllTimersAsync()
    sync.stop()
    expect(texts(cache().read())).toContain('缓存里的一句话')
    const everything = Taro.getStorageInfoSync().keys.map((k: string) => `${k}=${JSON.stringify(Taro.getStorageSync(k))}`).join('\n')
    for (let i = 0; i + 16 <= SIG.length; i++) expect(everything).not.toContain(SIG.slice(i, i + 16))
    await session.stop()
  })
})
