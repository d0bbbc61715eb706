// A pending quote goes out with the next typed text (sendTyped) and nowhere else (a toolbar text leaves it): cleared
// once the send is accepted, kept on a failed message (resend carries it) and in the outbox across a closed page; the demo desk quotes back.
import Taro from '@tarojs/taro'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { quoteOf } from '../../../src/customer-service/protocol/quote'
import type { Quote } from '../../../src/customer-service/protocol/quote'
import { Outbox } from '../../../src/customer-service/session/outbox'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore, setQuote, switchAccount } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'
const OTHER = '@other_account'
const Q: Quote = { id: 'demo-orig', sender: '智能客服', abstract: '您的订单已发货', type: 1 }

const sent = (desk: DemoDesk, text: string) => desk.serverLog(ACCOUNT).filter((m) => m.flow === 'out' && m.body.kind === 'text' && m.body.text === text)
const reply = (m?: ChatMessage) => (m?.cloudCustomData ? JSON.parse(m.cloudCustomData).messageReply : undefined)

function open(desk: DemoDesk) {
  const store = createChatStore([ACCOUNT, OTHER], ACCOUNT)
  const session = new ChatSession({ params: launchParamsFor({ userID: 'u_quote' }), transport: desk, store })
  return { store, session, pending: () => store.getState().conversations[ACCOUNT].quote }
}

async function settle(desk: DemoDesk) {
  for (let i = 0; i < 200 && !desk.idle; i++) await new Promise((r) => setTimeout(r, 5))
}

beforeEach(() => Taro.clearStorageSync())

describe('the pending quote', () => {
  it('is per account: setting one leaves the other account alone; undefined cancels it', () => {
    const store = createChatStore([ACCOUNT, OTHER], ACCOUNT)
    setQuote(store, ACCOUNT, Q)
    switchAccount(store, OTHER)
    expect(store.getState().conversations[OTHER].quote).toBeUndefined()
    switchAccount(store, ACCOUNT)
    expect(store.getState().conversations[ACCOUNT].quote).toEqual(Q)
    setQuote(store, ACCOUNT, undefined)
    expect(store.getState().conversations[ACCOUNT].quote).toBeUndefined()
  })

  it('goes out with the next text as messageReply and is cleared; the text after it quotes nothing', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 2 })
    const { store, session, pending } = open(desk)
    await session.start()
    setQuote(store, ACCOUNT, Q)
    expect(await session.sendTyped('什么时候到？')).toBe(true)
    expect(reply(sent(desk, '什么时候到？')[0])).toEqual({ messageID: 'demo-orig', messageAbstract: '您的订单已发货', messageSender: '智能客服', messageType: 1, version: 1 })
    expect(pending()).toBeUndefined()
    await session.sendTyped('另一个问题')
    expect(sent(desk, '另一个问题')[0].cloudCustomData).toBeUndefined()
    await session.stop()
  })

  it('an empty text sends nothing and keeps the quote', async () => {
    const desk = new DemoDesk({ pace: 0 })
    const { store, session, pending } = open(desk)
    await session.start()
    setQuote(store, ACCOUNT, Q)
    expect(await session.sendTyped('   ')).toBe(false)
    expect(pending()).toEqual(Q)
    await session.stop()
  })

  it('a failed send keeps the quote on the failed message, and the resend carries it', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 5 })
    const { store, session, pending } = open(desk)
    await session.start()
    desk.setFaults({ dropSend: 1 })
    setQuote(store, ACCOUNT, Q)
    expect(await session.sendTyped('发不出去')).toBe(false)
    const failed = store.getState().conversations[ACCOUNT].messages.find((m) => m.status === 'failed')!
    expect(quoteOf(failed.cloudCustomData)?.id).toBe('demo-orig')
    // The composer is free for the next text; the quote lives on with the failed message.
    expect(pending()).toBeUndefined()
    desk.setFaults({ dropSend: 0 })
    expect(await session.resend(failed.id)).toBe(true)
    expect(reply(sent(desk, '发不出去')[0])?.messageID).toBe('demo-orig')
    await session.stop()
  })

  it('a quoted text that never reached the server keeps its quote in the outbox and on the wire of the next page', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 4 })
    const first = open(desk)
    await first.session.start()
    desk.setFaults({ dropSend: 1 })
    setQuote(first.store, ACCOUNT, Q)
    await first.session.sendTyped('离线时引用')
    expect(quoteOf(new Outbox('u_quote', ACCOUNT).list()[0]?.cloudCustomData)?.id).toBe('demo-orig')
    const destroy = desk.destroy.bind(desk)
    desk.destroy = async () => undefined
    await first.session.stop()
    desk.setFaults({ dropSend: 0 })
    await desk.login({ userID: 'u_quote', userSig: '' })

    const second = open(desk)
    // A new pending quote is not taken by the queued text: it waits for the next typed one.
    setQuote(second.store, ACCOUNT, { ...Q, id: 'demo-later' })
    await second.session.start()
    const out = sent(desk, '离线时引用')
    expect(out).toHaveLength(1)
    expect(reply(out[0])?.messageID).toBe('demo-orig')
    expect(second.pending()?.id).toBe('demo-later')
    await second.session.stop()
    await destroy()
  })

  it('a text the user did not type (toolbar, quick phrase) goes out plain and leaves the quote pending', async () => {
    const desk = new DemoDesk({ pace: 0 })
    const { store, session, pending } = open(desk)
    await session.start()
    setQuote(store, ACCOUNT, Q)
    expect(await session.sendText('查物流')).toBe(true)
    expect(sent(desk, '查物流')[0].cloudCustomData).toBeUndefined()
    expect(pending()).toEqual(Q)
    await session.stop()
  })
})

describe('the demo desk', () => {
  it('answers a quoted text by quoting it back, its role mark kept', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 7 })
    const received: ChatMessage[] = []
    desk.on('received', (l) => received.push(...l))
    await desk.login({ userID: 'u_quote', userSig: '' })
    const mine = await desk.sendText(ACCOUNT, '这个什么时候到？', { cloudCustomData: JSON.stringify({ messageReply: { messageID: 'x', messageAbstract: '您的订单已发货', messageSender: '智能客服', messageType: 1, version: 1 } }) })
    await settle(desk)
    const answer = received.find((m) => m.body.kind === 'text')!
    expect(answer.body).toEqual({ kind: 'text', text: expect.stringContaining('关于您引用的「您的订单已发货」') })
    const data = JSON.parse(answer.cloudCustomData!)
    expect(data.role).toBe('robot')
    expect(quoteOf(answer.cloudCustomData)).toEqual({ id: mine.id, sender: 'u_quote', abstract: '这个什么时候到？', type: 1 })
    await desk.destroy()
  })

  it('answers a text without a quote as before (no quote back)', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 7 })
    const received: ChatMessage[] = []
    desk.on('received', (l) => received.push(...l))
    await desk.login({ userID: 'u_quote', userSig: '' })
    await desk.sendText(ACCOUNT, '申请退款', { cloudCustomData: '{"messageReply": "broken' })
    await settle(desk)
    expect(received.some((m) => quoteOf(m.cloudCustomData))).toBe(false)
    expect(received.length).toBeGreaterThan(0)
    await desk.destroy()
  })
})
