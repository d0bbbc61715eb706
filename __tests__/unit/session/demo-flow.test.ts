// The whole Desk conversation against the embedded demo desk, asserted on the store (no React).
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { CS_EVENTS } from '../../../src/customer-service/launch/events'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../../src/customer-service/store/chat-store'
import type { ListItem } from '../../../src/customer-service/store/state'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'

function setup() {
  const desk = new DemoDesk({ seed: 7, pace: 0 })
  const store = createChatStore([ACCOUNT], ACCOUNT)
  const events: [string, unknown][] = []
  const session = new ChatSession({ params: launchParamsFor(), transport: desk, store, emit: (e, p) => events.push([e, p]) })
  return { desk, store, session, events }
}

const list = (store: ChatStore) => store.getState().conversations[ACCOUNT].messages
const visible = (store: ChatStore) => list(store).filter((m) => !['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden'].includes(m.view.kind))

/** Waits until the store satisfies `pred` (the demo desk answers on timers). */
async function until<T>(store: ChatStore, pred: () => T | undefined | false, ms = 3000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = pred()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out; list: ${JSON.stringify(visible(store).map((m) => m.view.kind))}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

const find = (store: ChatStore, kind: ListItem['view']['kind']) => [...list(store)].reverse().find((m) => m.view.kind === kind)

describe('session service against the demo desk', () => {
  let ctx: ReturnType<typeof setup>
  beforeEach(() => {
    ctx = setup()
  })
  afterEach(async () => {
    await ctx.session.stop()
  })

  it('runs open → welcome → text → streamed answer → 人工服务 → agent → rating once → end', async () => {
    const { store, session, desk, events } = ctx
    await session.start()
    expect(store.getState().connection).toBe('connected')

    // The start message (src 7) went out, hidden, and the welcome list came back.
    const welcome = await until(store, () => find(store, 'welcome'))
    expect(welcome.view).toMatchObject({ kind: 'welcome', title: '猜你想问' })
    expect(desk.serverLog(ACCOUNT).some((m) => m.body.kind === 'custom' && m.body.data.includes('"src":"7"'))).toBe(true)
    expect(visible(store).filter((m) => m.flow === 'out')).toHaveLength(0)

    // A welcome item: sent as text, answered by a streamed AI answer that completes.
    const item = welcome.view.kind === 'welcome' ? welcome.view.items[0] : { content: '' }
    await session.answerMenu(welcome.id, item)
    expect(store.getState().conversations[ACCOUNT].answers[welcome.id]).toBe('如何退款？')
    const stream = await until(store, () => {
      const s = find(store, 'stream')
      return s && s.view.kind === 'stream' && s.view.finished ? s : undefined
    })
    expect(stream.view.kind === 'stream' && stream.view.markdown).toContain('退款说明')
    expect(list(store).filter((m) => m.id === stream.id)).toHaveLength(1)
    expect(store.getState().conversations[ACCOUNT].session.thinkingSince).toBe(0)

    // Human hand-off.
    await session.transferToHuman()
    await until(store, () => store.getState().conversations[ACCOUNT].session.phase === 'human')
    await until(store, () => visible(store).some((m) => m.view.kind === 'text' && m.view.text.includes('客服小美')))
    expect(store.getState().conversations[ACCOUNT].session.agent?.nick).toBe('客服小美')
    expect(events.some(([e]) => e === CS_EVENTS.agentJoined)).toBe(true)

    // Rating: request → card → submit once; a second submit is refused locally.
    await session.requestRating()
    const card = await until(store, () => find(store, 'rating'))
    if (card.view.kind !== 'rating') throw new Error('not a rating card')
    const five = card.view.options[4]
    expect(await session.submitRating(card.id, five)).toBe(true)
    expect(await session.submitRating(card.id, card.view.options[0])).toBe(false)
    await until(store, () => {
      const c = list(store).find((m) => m.id === card.id)
      return c?.view.kind === 'rating' && c.view.selected?.id === '5'
    })
    expect(events.filter(([e]) => e === CS_EVENTS.ratingSubmitted)).toEqual([[CS_EVENTS.ratingSubmitted, { account: ACCOUNT, optionId: '5', content: '非常满意' }]])

    // End.
    await session.endHumanSession()
    await until(store, () => store.getState().conversations[ACCOUNT].session.phase === 'ended')
    expect(find(store, 'notice')?.view).toMatchObject({ kind: 'notice', notice: 'sessionEnded' })
    expect(events.some(([e]) => e === CS_EVENTS.sessionEnded)).toBe(true)
  })

  it('shows a failed send with resend, and resend delivers it once', async () => {
    const { store, session, desk } = ctx
    await session.start()
    desk.disconnect()
    expect(store.getState().connection).toBe('disconnected')
    expect(await session.sendText('在吗')).toBe(false)
    const failed = list(store).find((m) => m.body.kind === 'text' && m.body.text === '在吗')
    expect(failed?.status).toBe('failed')
    desk.reconnect()
    expect(store.getState().connection).toBe('connected')
    expect(await session.resend(failed!.id)).toBe(true)
    const mine = list(store).filter((m) => m.body.kind === 'text' && m.body.text === '在吗')
    expect(mine).toHaveLength(1)
    expect(mine[0].status).toBe('sent')
  })

  it('re-syncs what the desk sent while disconnected', async () => {
    const { store, session, desk } = ctx
    await session.start()
    await until(store, () => find(store, 'welcome'))
    desk.disconnect()
    desk.deskSays(ACCOUNT, { kind: 'text', text: '离线期间的消息' })
    expect(visible(store).some((m) => m.view.kind === 'text' && m.view.text === '离线期间的消息')).toBe(false)
    desk.reconnect()
    await until(store, () => visible(store).some((m) => m.view.kind === 'text' && m.view.text === '离线期间的消息'))
  })

  it('kicked out: the state says why, and reconnect logs in again', async () => {
    const { store, session, desk, events } = ctx
    await session.start()
    desk.kick('multipleDevice')
    expect(store.getState()).toMatchObject({ connection: 'kicked', kicked: 'multipleDevice', ready: false })
    expect(events).toContainEqual([CS_EVENTS.error, { reason: 'kicked', code: 'multipleDevice', retryable: true }])
    await session.reconnect()
    expect(store.getState()).toMatchObject({ connection: 'connected', kicked: undefined, ready: true })
  })

  it('counts unread and tells the host while the page is hidden', async () => {
    const { store, session, desk, events } = ctx
    await session.start()
    session.setVisible(false)
    desk.deskSays(ACCOUNT, { kind: 'text', text: '您还在吗？' })
    expect(store.getState().conversations[ACCOUNT].unread).toBe(1)
    expect(events).toContainEqual([CS_EVENTS.message, expect.objectContaining({ account: ACCOUNT, preview: '您还在吗？' })])
    expect(events).toContainEqual([CS_EVENTS.unread, { account: ACCOUNT, unread: 1, total: 1 }])
    session.setVisible(true)
    expect(store.getState().conversations[ACCOUNT].unread).toBe(0)
  })

  it('stop() unsubscribes every listener before destroying the transport', async () => {
    const { session, desk } = ctx
    await session.start()
    const events = (desk as unknown as { events: { size: number } }).events
    expect(events.size).toBeGreaterThan(0)
    let atDestroy = -1
    const destroy = desk.destroy.bind(desk)
    desk.destroy = async () => {
      atDestroy = events.size
      return destroy()
    }
    await session.stop()
    expect(atDestroy).toBe(0)
  })

  it('a rating that fails to send leaves the card usable; retrying works', async () => {
    const { store, session, desk } = ctx
    await session.start()
    await session.requestRating()
    const card = await until(store, () => find(store, 'rating'))
    if (card.view.kind !== 'rating') throw new Error('not a rating card')
    desk.setFaults({ dropSend: 1 })
    expect(await session.submitRating(card.id, card.view.options[4])).toBe(false)
    expect(store.getState().conversations[ACCOUNT].ratedCards).not.toContain(card.id)
    desk.setFaults({ dropSend: 0 })
    expect(await session.submitRating(card.id, card.view.options[4])).toBe(true)
    expect(store.getState().conversations[ACCOUNT].ratedCards).toContain(card.id)
  })

  it('a form that fails to send can be submitted again', async () => {
    const { store, session, desk } = ctx
    await session.start()
    await session.sendText('修改收货地址')
    const form = await until(store, () => find(store, 'form'))
    desk.setFaults({ dropSend: 1 })
    expect(await session.submitForm(form.id, { 手机号: '13800000000', 新地址: '上海' })).toEqual({ ok: false, missing: [] })
    expect(store.getState().conversations[ACCOUNT].answers[form.id]).toBeUndefined()
    desk.setFaults({ dropSend: 0 })
    expect(await session.submitForm(form.id, { 手机号: '13800000000', 新地址: '上海' })).toEqual({ ok: true })
  })

  it('retry after a failed first login opens the conversation (start message, welcome)', async () => {
    const desk = new DemoDesk({ seed: 2, pace: 0 })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const session = new ChatSession({ params: launchParamsFor(), transport: desk, store })
    const login = desk.login.bind(desk)
    let fail = true
    desk.login = async (c) => {
      if (fail) throw { code: 2801, message: 'timeout' }
      return login(c)
    }
    await session.start()
    expect(store.getState().fatal).toMatchObject({ reason: 'network' })
    fail = false
    await session.reconnect()
    expect(store.getState()).toMatchObject({ connection: 'connected', fatal: undefined })
    await until(store, () => find(store, 'welcome'))
    await session.stop()
  })

  it('re-sync after a long disconnect pages back until nothing is missing', async () => {
    const { store, session, desk } = ctx
    await session.start()
    await until(store, () => find(store, 'welcome'))
    desk.disconnect()
    for (let i = 1; i <= 40; i++) desk.deskSays(ACCOUNT, { kind: 'text', text: `离线消息 ${i}` })
    desk.reconnect()
    await until(store, () => visible(store).filter((m) => m.view.kind === 'text' && m.view.text.startsWith('离线消息')).length === 40)
  })
})
