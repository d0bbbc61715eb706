// The memory bound (store/evict.ts): while the user follows the newest messages only MEMORY_WINDOW are held; a
// scroll back pages the dropped ones in again from history, in order, once; dedupe, order, unread counts,
// session state and card answers hold across the drop. The server here pages like both transports: the page
// before a message id (the demo desk's getHistory, the SDK's nextReqMessageID), newest first, 15 a page.
import type { ChatMessage, HistoryPage } from '../../../src/customer-service/im/types'
import * as actions from '../../../src/customer-service/store/chat-store'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../../src/customer-service/store/chat-store'
import { MEMORY_WINDOW } from '../../../src/customer-service/store/evict'
import { ACCOUNT, deskMessage, textMessage } from '../../builders/messages'

const PAGE = 15
const NOW = 1_800_000_000_000

class Server {
  readonly log: ChatMessage[] = []
  add(...list: ChatMessage[]) {
    this.log.push(...list)
    return list
  }
  page(cursor?: string): HistoryPage {
    const end = cursor ? this.log.findIndex((m) => m.id === cursor) : this.log.length
    const page = this.log.slice(Math.max(0, end - PAGE), end).map((m) => ({ ...m }))
    const done = end - PAGE <= 0
    return { messages: page, nextCursor: done ? undefined : page[0]?.id, isCompleted: done }
  }
}

const conv = (store: ChatStore) => store.getState().conversations[ACCOUNT]
const ids = (store: ChatStore) => conv(store).messages.map((m) => m.id)

/** An open chat, at the newest messages, after `before` messages of history and `live` more delivered one by one. */
function chat(before: number, live: number) {
  const server = new Server()
  const store = createChatStore([ACCOUNT], ACCOUNT)
  server.add(...Array.from({ length: before }, (_, i) => textMessage(`history ${i}`)))
  actions.applyHistory(store, ACCOUNT, server.page(), { older: true }, NOW)
  actions.setFollowing(store, ACCOUNT, true, NOW)
  const deliver = (n: number) => {
    for (let i = 0; i < n; i++) actions.receive(store, server.add(textMessage(`live ${i}`)), NOW)
  }
  deliver(live)
  return { server, store, deliver }
}

/** Scrolls to the top, a page at a time, as the list's onLoadOlder does; returns the pages it took. */
function scrollBack(server: Server, store: ChatStore): number {
  let pages = 0
  while (!conv(store).historyCompleted) {
    actions.applyHistory(store, ACCOUNT, server.page(conv(store).cursor), { older: true }, NOW)
    pages += 1
  }
  return pages
}

describe('memory bound', () => {
  it('holds at most MEMORY_WINDOW messages while following; a scroll back brings the same ones back, in order, once', () => {
    const { server, store } = chat(40, 0)
    let most = 0
    for (let i = 0; i < 2_000; i++) {
      actions.receive(store, server.add(textMessage(`live ${i}`)), NOW)
      most = Math.max(most, conv(store).messages.length)
    }
    expect(most).toBeLessThanOrEqual(MEMORY_WINDOW)
    const c = conv(store)
    expect(c.historyCompleted).toBe(false)
    expect(c.cursor).toBe(c.messages[0].id)
    expect(ids(store)).toEqual(server.log.slice(-c.messages.length).map((m) => m.id))

    expect(scrollBack(server, store)).toBeGreaterThan(100)
    // Reading back: nothing is dropped meanwhile.
    expect(conv(store).following).toBe(false)
    expect(ids(store)).toEqual(server.log.map((m) => m.id))
    // Back at the newest: the window again.
    actions.setFollowing(store, ACCOUNT, true, NOW)
    expect(conv(store).messages.length).toBeLessThanOrEqual(MEMORY_WINDOW)
    expect(ids(store)).toEqual(server.log.slice(-conv(store).messages.length).map((m) => m.id))
  })

  it('drops nothing while the user reads back, and trims once they are at the newest again', () => {
    const { server, store, deliver } = chat(PAGE, 0)
    actions.setFollowing(store, ACCOUNT, false, NOW)
    deliver(600)
    expect(conv(store).messages).toHaveLength(PAGE + 600)
    expect(conv(store).historyCompleted).toBe(true)
    actions.setFollowing(store, ACCOUNT, true, NOW)
    expect(conv(store).messages.length).toBeLessThanOrEqual(MEMORY_WINDOW)
    expect(conv(store).historyCompleted).toBe(false)
    expect(scrollBack(server, store)).toBeGreaterThan(0)
    expect(ids(store)).toEqual(server.log.map((m) => m.id))
  })

  it('a late duplicate or a reordered delivery of a dropped message stays out until history brings it, once, in its place', () => {
    const { server, store } = chat(10, 0)
    // A message the client never received live: the server has it, its delivery comes late.
    const late = textMessage('late')
    server.add(late)
    const after = Array.from({ length: 500 }, (_, i) => textMessage(`after ${i}`))
    for (const m of after) actions.receive(store, server.add(m), NOW)
    const held = ids(store)
    const dropped = server.log[0]
    expect(held).not.toContain(dropped.id)

    actions.receive(store, [{ ...dropped }, { ...late }], NOW)
    actions.receive(store, [{ ...after[5] }], NOW)
    expect(ids(store)).toEqual(held)

    // Reordered inside the window: in its place, once.
    const between = textMessage('between')
    const newest = textMessage('newest')
    server.add(between, newest)
    actions.receive(store, [newest], NOW)
    actions.receive(store, [between, { ...newest }], NOW)
    expect(ids(store).slice(-3)).toEqual([after[after.length - 1].id, between.id, newest.id])

    scrollBack(server, store)
    expect(ids(store)).toEqual(server.log.map((m) => m.id))
    expect(new Set(ids(store)).size).toBe(server.log.length)
  })

  it('unread counts only what is new to the user, across the drop', () => {
    const { server, store, deliver } = chat(5, 400)
    actions.setVisible(store, false)
    const dropped = server.log[3]
    actions.receive(store, [{ ...dropped }], NOW)
    expect(conv(store).unread).toBe(0)
    deliver(250)
    expect(conv(store).unread).toBe(250)
    actions.receive(store, server.log.slice(-10).map((m) => ({ ...m })), NOW)
    expect(conv(store).unread).toBe(250)
    actions.setVisible(store, true)
    expect(conv(store).unread).toBe(0)
  })

  it('session state set by dropped messages survives out-of-order arrivals and a scroll back', () => {
    const server = new Server()
    const store = createChatStore([ACCOUNT], ACCOUNT)
    actions.applyHistory(store, ACCOUNT, server.page(), { older: true }, NOW)
    actions.setFollowing(store, ACCOUNT, true, NOW)
    const early = [deskMessage({ src: '23', content: { menuSendRuleFlag: 7 } }), deskMessage({ src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, { nick: '小王' })]
    actions.receive(store, server.add(...early), NOW)
    for (let i = 0; i < 700; i++) actions.receive(store, server.add(textMessage(`agent ${i}`)), NOW)
    expect(ids(store)).not.toContain(early[0].id)
    const want = { phase: 'human', clientMayRequestRating: true, agent: expect.objectContaining({ nick: '小王' }) }
    expect(conv(store).session).toMatchObject(want)

    // An out-of-order arrival inside the window re-derives the state from the held messages and what the dropped left.
    const a = textMessage('a')
    const b = textMessage('b')
    server.add(a, b)
    actions.receive(store, [b], NOW)
    actions.receive(store, [a], NOW)
    expect(conv(store).session).toMatchObject(want)

    scrollBack(server, store)
    expect(conv(store).session).toMatchObject(want)
    actions.receive(store, server.add(deskMessage({ src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } })), NOW)
    expect(conv(store).session.phase).toBe('ended')
  })

  it("a card's answer and rating survive the drop and are there when it comes back; unsent messages are never dropped", () => {
    const { server, store, deliver } = chat(0, 0)
    const [card] = server.add(deskMessage({ src: '15', content: [{ content: '订单问题' }] }))
    const [rating] = server.add(deskMessage({ src: '9', content: { menu: [{ id: 1, content: '满意' }] } }))
    actions.receive(store, [card, rating], NOW)
    actions.markAnswered(store, ACCOUNT, card.id, '订单问题')
    actions.markRated(store, ACCOUNT, rating.id)
    const failed = textMessage('没发出去', { flow: 'out', from: 'u_test', to: ACCOUNT, status: 'failed' })
    actions.settle(store, failed, 'failed')
    deliver(800)
    expect(ids(store)).not.toContain(card.id)
    expect(ids(store)[0]).toBe(failed.id)
    expect(conv(store).cursor).toBe(ids(store)[1])

    scrollBack(server, store)
    expect(conv(store).answers[card.id]).toBe('订单问题')
    expect(conv(store).ratedCards).toContain(rating.id)
    expect(ids(store).filter((id) => id === card.id)).toHaveLength(1)
    expect(ids(store).indexOf(card.id)).toBeLessThan(ids(store).indexOf(failed.id))
  })
})
