// Store reducers without React: dedupe, ordering, streaming in place, paging, send states.
import * as actions from '../../../src/customer-service/store/chat-store'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { mergeMessages, modifyMessages } from '../../../src/customer-service/store/messages'
import { ACCOUNT, deskMessage, textMessage } from '../../builders/messages'

const conv = (store: ReturnType<typeof createChatStore>) => store.getState().conversations[ACCOUNT]
const texts = (store: ReturnType<typeof createChatStore>) => conv(store).messages.map((m) => (m.body.kind === 'text' ? m.body.text : m.view.kind))

describe('message list reducers', () => {
  it('deduplicates repeated deliveries by id', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const a = textMessage('a')
    actions.receive(store, [a])
    actions.receive(store, [a, { ...a }])
    actions.receive(store, [a])
    expect(texts(store)).toEqual(['a'])
  })

  it('orders by time, then sequence, whatever the arrival order', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const first = textMessage('first', { time: 100, sequence: 5 })
    const second = textMessage('second', { time: 100, sequence: 6 })
    const third = textMessage('third', { time: 101, sequence: 1 })
    actions.receive(store, [third])
    actions.receive(store, [second, first])
    expect(texts(store)).toEqual(['first', 'second', 'third'])
  })

  it('a repeated delivery of the original does not undo a streaming modification', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const s1 = deskMessage({ src: '31', chunks: ['您好，'], isFinished: 0 })
    actions.receive(store, [s1])
    const before = conv(store).messages
    const other = before[0]
    actions.modify(store, [{ ...s1, body: { kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks: ['您好，', '退款一般1-3天到账'], isFinished: 1 }) } }])
    actions.receive(store, [s1])
    const [item] = conv(store).messages
    expect(item.view).toEqual({ kind: 'stream', markdown: '您好，退款一般1-3天到账', finished: true })
    expect(conv(store).messages).toHaveLength(1)
    expect(other).not.toBe(item)
  })

  it('a modification of a message it does not hold is a late delivery only once history has loaded', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const edited = deskMessage({ src: '31', chunks: ['旧消息'], isFinished: 1 })
    // Before history: the history page will bring the message; nothing counts as new or unread.
    expect(actions.modify(store, [edited])).toEqual([])
    actions.applyHistory(store, ACCOUNT, { messages: [], isCompleted: true }, { older: false })
    // Loaded and still empty: a modified message it does not hold was delivered late (or lost).
    expect(actions.modify(store, [edited]).map((m) => m.id)).toEqual([edited.id])
  })

  it('streaming modifies one item in place and keeps every other item identical', () => {
    const a = textMessage('a')
    const s = deskMessage({ src: '31', chunks: ['x'], isFinished: 0 })
    const b = textMessage('b')
    const list = mergeMessages([], [a, s, b], 'keep')
    const next = modifyMessages(list, [{ ...s, body: { kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks: ['x', 'y'], isFinished: 0 }) } }])
    expect(next[0]).toBe(list[0])
    expect(next[2]).toBe(list[2])
    expect(next[1]).not.toBe(list[1])
    expect(next[1].view).toMatchObject({ markdown: 'xy' })
  })

  it('paging prepends older messages without duplicates and keeps the cursor', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const old = [textMessage('o1', { time: 10 }), textMessage('o2', { time: 11 })]
    const recent = [textMessage('r1', { time: 20 }), textMessage('r2', { time: 21 })]
    actions.applyHistory(store, ACCOUNT, { messages: recent, nextCursor: recent[0].id, isCompleted: false }, { older: true })
    actions.receive(store, [recent[1]])
    actions.applyHistory(store, ACCOUNT, { messages: [...old, recent[0]], isCompleted: true }, { older: true })
    expect(texts(store)).toEqual(['o1', 'o2', 'r1', 'r2'])
    expect(conv(store)).toMatchObject({ historyCompleted: true, historyLoaded: true, cursor: undefined })
  })

  it('failed → resend → sent keeps one message and ends sent', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const m = textMessage('hello', { flow: 'out', from: 'u_test', to: ACCOUNT, sequence: 0 })
    actions.addSending(store, m)
    expect(conv(store).messages[0].status).toBe('sending')
    actions.settle(store, m, 'failed')
    expect(conv(store).messages[0].status).toBe('failed')
    actions.addSending(store, m)
    actions.settle(store, { ...m, sequence: 99 }, 'sent')
    expect(conv(store).messages).toHaveLength(1)
    expect(conv(store).messages[0]).toMatchObject({ status: 'sent', sequence: 99 })
  })

  it('revoke marks the message; messages of unknown conversations are ignored', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const a = textMessage('a')
    actions.receive(store, [a, textMessage('elsewhere', { conversationId: 'C2Cother' })])
    actions.revoke(store, [a])
    expect(conv(store).messages).toHaveLength(1)
    expect(conv(store).messages[0].isRevoked).toBe(true)
  })
})

describe('session state from desk messages', () => {
  const now = 1_700_000_100 * 1000

  it('seat status, agent identity, end, and rating settings', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    actions.receive(store, [deskMessage({ src: '23', content: { menuSendRuleFlag: 1 } })], now)
    expect(conv(store).session.clientMayRequestRating).toBe(false)
    actions.receive(store, [deskMessage({ src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, { nick: '客服小美' })], now)
    expect(conv(store).session).toMatchObject({ phase: 'human', agent: { nick: '客服小美' } })
    actions.receive(store, [textMessage('hi', { nick: '客服小王', avatar: 'https://a/x.png' })], now)
    expect(conv(store).session.agent).toMatchObject({ nick: '客服小王', avatar: 'https://a/x.png' })
    actions.receive(store, [deskMessage({ src: '19' })], now)
    expect(conv(store).session).toMatchObject({ phase: 'ended', agent: undefined })
  })

  it('thinking shows until the answer, and is ignored when older than 60 s', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const t = Math.floor(now / 1000)
    actions.receive(store, [deskMessage({ src: '35', thinkingStatus: 0 }, { time: t - 61 })], now)
    expect(conv(store).session.thinkingSince).toBe(0)
    actions.receive(store, [deskMessage({ src: '35', thinkingStatus: 0 }, { time: t })], now)
    expect(conv(store).session.thinkingSince).toBe(t * 1000)
    actions.receive(store, [deskMessage({ src: '31', chunks: ['a'], isFinished: 0 }, { time: t })], now)
    expect(conv(store).session.thinkingSince).toBe(0)
  })

  it('unread grows only for hidden pages or other accounts', () => {
    const store = createChatStore([ACCOUNT, 'other'], ACCOUNT)
    actions.receive(store, [textMessage('seen')])
    actions.receive(store, [textMessage('other account', { conversationId: 'C2Cother', from: 'other' })])
    expect(store.getState().conversations[ACCOUNT].unread).toBe(0)
    expect(store.getState().conversations.other.unread).toBe(1)
    actions.setVisible(store, false)
    actions.receive(store, [textMessage('while hidden'), deskMessage({ src: '12', typingStatus: 1 })])
    expect(conv(store).unread).toBe(1)
    actions.switchAccount(store, 'other')
    expect(store.getState().conversations.other.unread).toBe(0)
  })
})
