// #19 The demo desk answers the unconfirmed shapes the template sends behind unconfirmedDeskShapes, so every
// screen can be tried: named transfer (39), task flow (34), bot-session end (27 in bot state), bot rating (24 robot).
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage } from '../../../src/customer-service/im/types'

const ACCOUNT = '@customer_service_account'
const data = (m: ChatMessage) => (m.body.kind === 'custom' ? JSON.parse(m.body.data) : { text: m.body.kind === 'text' ? m.body.text : '' })

async function desk() {
  const d = new DemoDesk({ seed: 5, pace: 0 })
  const received: ChatMessage[] = []
  d.on('received', (l) => received.push(...l))
  await d.login({ userID: 'u1', userSig: '' })
  const send = async (payload: Record<string, unknown>) => {
    const from = received.length
    await d.sendCustom(ACCOUNT, JSON.stringify({ customerServicePlugin: 0, ...payload }), { onlineUserOnly: true })
    for (let i = 0; i < 200 && !d.idle; i++) await new Promise((r) => setTimeout(r, 5))
    return received.slice(from).map(data)
  }
  return { d, send }
}

describe('demo desk: unconfirmed shapes', () => {
  it('39 with a group transfers to it: notice, then the agent in seat', async () => {
    const { d, send } = await desk()
    const out = await send({ src: '39', content: { agentGroupId: 2473 } })
    expect(out[0]).toEqual({ customerServicePlugin: 0, src: '39', content: '正在为您转接坐席组 2473' })
    expect(out.some((x) => x.src === '26' && x.content.content === 'inSeat')).toBe(true)
    expect(out.some((x) => typeof x.text === 'string' && x.text.includes('坐席组 2473'))).toBe(true)
    expect(d.phaseOf(ACCOUNT)).toBe('human')
    await d.destroy()
  })

  it('39 naming agents says so', async () => {
    const { d, send } = await desk()
    expect((await send({ src: '39', content: JSON.stringify({ agentIdList: ['a1', 'a2'] }) }))[0].content).toBe('正在为您转接客服 a1、a2')
    await d.destroy()
  })

  it('34 runs the named task flow: a workflow card carrying its id', async () => {
    const { d, send } = await desk()
    const card = (await send({ src: '34', content: { taskFlowId: 'flow_9' } })).find((x) => x.src === '32')
    expect(card.taskInfo.taskID).toBe('flow_9')
    expect(card.content.items.map((i: { content: string }) => i.content)).toEqual(['已发货', '未发货'])
    await d.destroy()
  })

  it('27 in the bot state ends the session and offers a bot rating card, which takes a rating', async () => {
    const { d, send } = await desk()
    const out = await send({ src: '27' })
    expect(out.map((x) => x.src)).toEqual(['19', '9'])
    expect(out[1].menuContent.head).toBe('请对智能客服的回答进行评价')
    expect(d.phaseOf(ACCOUNT)).toBe('ended')
    const thanks = await send({ src: '10', menuSelected: { id: '5', content: '非常满意', sessionId: out[1].menuContent.sessionId } })
    expect(thanks.some((x) => typeof x.text === 'string' && x.text.startsWith('感谢您的评价'))).toBe(true)
    await d.destroy()
  })

  it('24 marked robot gets the bot rating card; a bare 24 still the service one', async () => {
    const { d, send } = await desk()
    expect((await send({ src: '24', content: { target: 'robot' } }))[0].menuContent.head).toBe('请对智能客服的回答进行评价')
    expect((await send({ src: '24' }))[0].menuContent.head).toBe('请对本次服务进行评价')
    await d.destroy()
  })
})
