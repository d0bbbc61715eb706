// The demo desk: deterministic under a seed, real protocol out, faults that the session survives.
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { DemoFaults } from '../../../src/customer-service/im/demo/demo-desk'
import { AGENT } from '../../../src/customer-service/im/demo/content'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { decodeMessage } from '../../../src/customer-service/protocol'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'
const settle = () => new Promise((r) => setTimeout(r, 60))

async function script(faults: Partial<DemoFaults>, seed: number) {
  const desk = new DemoDesk({ seed, pace: 0, faults })
  const delivered: string[] = []
  desk.on('received', (l) => delivered.push(...l.map((m) => `${m.id}:${decodeMessage(m).kind}`)))
  desk.on('modified', (l) => delivered.push(...l.map((m) => `${m.id}:mod`)))
  await desk.login({ userID: 'u1', userSig: '' })
  for (const text of ['如何退款？', '订单问题', '会员权益说明', '修改收货地址', '查询物流', '随便问问']) {
    await desk.sendText(ACCOUNT, text)
    await settle()
  }
  await desk.destroy()
  return delivered
}

describe('DemoDesk', () => {
  it('replays exactly under the same seed, faults included', async () => {
    const faults = { duplicate: 0.3, reorder: 0.3, dropDelivery: 0.2 }
    expect(await script(faults, 11)).toEqual(await script(faults, 11))
    expect(await script(faults, 11)).not.toEqual(await script(faults, 12))
  })

  it('answers with real Desk messages of every main kind', async () => {
    const kinds = new Set((await script({}, 1)).map((d) => d.split(':')[1]))
    for (const k of ['thinking', 'stream', 'typing', 'branch', 'richText', 'form', 'workflowBranch', 'mod']) expect(kinds).toContain(k)
  })

  it('history pages: 15 at a time, newest first, until complete', async () => {
    const desk = new DemoDesk({ historySize: 40, pace: 0 })
    await desk.login({ userID: 'u1', userSig: '' })
    const pages: ChatMessage[][] = []
    let cursor: string | undefined
    for (;;) {
      const page = await desk.getHistory(`C2C${ACCOUNT}`, cursor)
      pages.push(page.messages)
      if (page.isCompleted) break
      cursor = page.nextCursor
    }
    expect(pages.map((p) => p.length)).toEqual([15, 15, 10])
    const all = pages.reverse().flat()
    expect(new Set(all.map((m) => m.id)).size).toBe(40)
    expect(all.map((m) => m.time)).toEqual([...all.map((m) => m.time)].sort((a, b) => a - b))
    await desk.destroy()
  })

  it('the session shows every answer once and in order despite duplicates and reordering', async () => {
    const desk = new DemoDesk({ seed: 5, pace: 0, faults: { duplicate: 0.5, reorder: 0.5 } })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const session = new ChatSession({ params: launchParamsFor(), transport: desk, store })
    await session.start()
    for (const t of ['订单问题', '会员权益说明', '随便问问']) {
      await session.sendText(t)
      await settle()
    }
    const server = desk.serverLog(ACCOUNT).filter((m) => m.status === 'sent')
    const list = store.getState().conversations[ACCOUNT].messages
    expect(new Set(list.map((m) => m.id)).size).toBe(list.length)
    // Same order as the server's log (by time, then server sequence), whatever the arrival order was.
    const serverOrder = [...server].sort((a, b) => a.time - b.time || a.sequence - b.sequence).map((m) => m.id)
    expect(list.map((m) => m.id)).toEqual(serverOrder.filter((id) => list.some((m) => m.id === id)))
    // Held-back deliveries arrive with the next one; at most the last can still be held.
    expect(server.length - list.length).toBeLessThanOrEqual(1)
    await session.stop()
  })

  it('a dropped send fails visibly; the message is not on the server', async () => {
    const desk = new DemoDesk({ seed: 3, pace: 0, faults: { dropSend: 1 } })
    await desk.login({ userID: 'u1', userSig: '' })
    const err = await desk.sendText(ACCOUNT, 'lost?').catch((e) => e)
    expect(err).toMatchObject({ reason: 'network', retryable: true, failedMessage: { status: 'failed' } })
    expect(desk.serverLog(ACCOUNT)).toEqual([])
    desk.setFaults({ dropSend: 0 })
    expect((await desk.resend(err.failedMessage.id)).status).toBe('sent')
    await desk.destroy()
  })
})

// The shapes Tencent's Desk kits send and draw, each reached by a keyword or a welcome item (see docs/architecture.md, Demo desk).
describe('DemoDesk speaks the reference shapes', () => {
  type Payload = Record<string, any>
  let desk: DemoDesk
  let received: ChatMessage[]
  let modified: ChatMessage[]

  const payload = (m: ChatMessage): Payload | undefined => (m.body.kind === 'custom' ? JSON.parse(m.body.data) : undefined)
  const isSrc = (src: string) => (m: ChatMessage) => payload(m)?.src === src
  /** Every answer, chunk and delivery has happened (pace 0: timers of 0 ms). */
  async function idle() {
    for (let i = 0; i < 400 && !desk.idle; i++) await new Promise((r) => setTimeout(r, 5))
    expect(desk.idle).toBe(true)
  }
  /** What the desk says to `text` (or to a custom payload), in order. */
  async function answerTo(sent: string | Payload, cloudCustomData?: string): Promise<ChatMessage[]> {
    const from = received.length
    if (typeof sent === 'string') await desk.sendText(ACCOUNT, sent, cloudCustomData ? { cloudCustomData } : undefined)
    else await desk.sendCustom(ACCOUNT, JSON.stringify(sent))
    await idle()
    return received.slice(from)
  }
  /** The newest version of a message: the server's copy (stream chunks and answered cards are modifications). */
  const latest = (m: ChatMessage) => desk.serverLog(ACCOUNT).find((x) => x.id === m.id)!
  const only = (list: ChatMessage[], src: string) => {
    const found = list.filter(isSrc(src))
    expect(found).toHaveLength(1)
    return found[0]
  }

  beforeEach(async () => {
    desk = new DemoDesk({ seed: 2, pace: 0 })
    received = []
    modified = []
    desk.on('received', (l) => received.push(...l))
    desk.on('modified', (l) => modified.push(...l))
    await desk.login({ userID: 'u1', userSig: '' })
  })
  afterEach(() => desk.destroy())

  it('申请退款 → a title-only branch (src 15, no header); a reason is answered with a text', async () => {
    const branch = only(await answerTo('申请退款'), '15')
    expect(payload(branch)).toEqual({
      src: '15',
      customerServicePlugin: 0,
      content: { title: '请选择退款原因', items: [{ content: '不想要了' }, { content: '商品有破损' }, { content: '其他原因' }] }
    })
    for (const reason of ['不想要了', '商品有破损', '其他原因']) {
      const texts = (await answerTo(reason)).filter((m) => m.body.kind === 'text')
      expect(texts).toHaveLength(1)
      expect(texts[0].body.kind === 'text' && texts[0].body.text).toContain(reason)
    }
  })

  it('a short vague text about 退款 → a clarify card (src 29 clarify_msg); its items are answered', async () => {
    const expected = {
      src: '29',
      customerServicePlugin: 0,
      subtype: 'clarify_msg',
      content: { title: '您是想问以下哪个问题？', content: '为您找到以下相关问题', items: [{ content: '如何退款？' }, { content: '退款多久到账？' }, { content: '申请退款' }] }
    }
    for (const vague of ['退款', '我要退款']) expect(payload(only(await answerTo(vague), '29'))).toEqual(expected)
    // 退款多久到账？ gets a short streamed answer that finishes; the exact keywords are never "vague".
    const stream = latest(only(await answerTo('退款多久到账？'), '31'))
    expect(payload(stream)).toMatchObject({ customerServicePlugin: 0, src: '31', isFinished: 1 })
    expect(payload(stream)!.chunks.join('')).toContain('到账')
    expect((await answerTo('如何退款？')).filter(isSrc('29'))).toEqual([])
    expect(payload(only(await answerTo('申请退款'), '15'))!.content.title).toBe('请选择退款原因')
  })

  it('the clarify card is one tap away: the welcome list offers 我要退款', async () => {
    const welcome = only(await answerTo({ src: '7', customerServicePlugin: 0 }), '29')
    expect(payload(welcome)).toMatchObject({ subtype: 'welcome_msg' })
    expect(payload(welcome)!.content.items).toContainEqual({ content: '我要退款' })
  })

  it('an answered workflow (src 32) carries selected as the JSON string of { content }', async () => {
    const workflow = only(await answerTo('查询物流'), '32')
    const { taskInfo } = payload(workflow)!
    const answer = await answerTo('已发货', JSON.stringify({ BranchOptionInfo: { taskID: taskInfo.taskID, env: taskInfo.env, nodeID: taskInfo.nodeID } }))
    const answered = payload(latest(workflow))!
    expect(answered.status).toBe(2)
    expect(typeof answered.content.selected).toBe('string')
    expect(JSON.parse(answered.content.selected)).toEqual({ content: '已发货' })
    // The client was told (MESSAGE_MODIFIED) and the desk answered the choice.
    expect(modified.filter((m) => m.id === workflow.id).map((m) => payload(m)!.content.selected)).toContain(answered.content.selected)
    expect(answer.some((m) => m.body.kind === 'text' && m.body.text.includes('派送中'))).toBe(true)
  })

  describe('a submitted form (src 33) is echoed as a read-only summary without nodeStatus', () => {
    const values: Record<string, string> = { 手机号: '13800000000', 新地址: '上海市 徐汇区 漕溪北路 1 号', 修改原因: '临时出差' }

    async function formVariables(): Promise<Payload[]> {
      const form = payload(only(await answerTo('修改收货地址'), '33'))!
      expect(form.nodeStatus).toBe(0)
      return form.content.inputVariables
    }

    async function expectSummary(submission: Payload, variables: Payload[]) {
      const answer = await answerTo(submission)
      const summary = payload(only(answer, '33'))!
      expect(summary).toEqual({
        src: '33',
        customerServicePlugin: 0,
        content: { tip: '您提交的信息', inputVariables: variables.map((v) => ({ ...v, variableValue: values[v.name] })) }
      })
      expect(summary).not.toHaveProperty('nodeStatus')
      // Then the acknowledgement, as before.
      const ack = answer.findIndex((m) => m.body.kind === 'text' && m.body.text.includes('信息已收到'))
      expect(ack).toBeGreaterThan(answer.findIndex(isSrc('33')))
    }

    it("reads the Tencent kits' shape: the desk's own variable objects, every field kept, values filled", async () => {
      const variables = await formVariables()
      expect(variables.map((v) => Object.keys(v).sort())).toContainEqual(['chooseItemList', 'formType', 'isRequired', 'name', 'variableValue'])
      const inputVariables = variables.map((v) => ({ ...v, variableValue: values[v.name] }))
      await expectSummary({ src: '33', customerServicePlugin: 0, content: { inputVariables } }, variables)
    })

    it('still reads the reduced shape (name, variableValue, isRequired)', async () => {
      const variables = await formVariables()
      const inputVariables = variables.map((v) => ({ name: v.name, variableValue: values[v.name], isRequired: v.isRequired }))
      await expectSummary({ src: '33', customerServicePlugin: 0, content: { inputVariables } }, variables)
    })
  })

  it('the generic AI answer streams as a chatbot-plugin message; the refund answer stays a Desk one', async () => {
    const generic = await answerTo('随便问问')
    const chatbot = payload(latest(only(generic, '31')))!
    expect(chatbot).toEqual({ chatbotPlugin: 1, src: '31', chunks: expect.any(Array), isFinished: 1 })
    expect(chatbot).not.toHaveProperty('customerServicePlugin')
    expect(chatbot.chunks.length).toBeGreaterThan(1)
    // Its thinking and typing signals are the Desk's.
    expect(generic.filter((m) => ['35', '12'].includes(payload(m)?.src)).every((m) => payload(m)!.customerServicePlugin === 0)).toBe(true)
    const refund = payload(latest(only(await answerTo('如何退款？'), '31')))!
    expect(refund).toMatchObject({ customerServicePlugin: 0, src: '31', isFinished: 1 })
    expect(refund).not.toHaveProperty('chatbotPlugin')
  })

  it('订单问题 → a branch whose content is a JSON string', async () => {
    const branch = payload(only(await answerTo('订单问题'), '15'))!
    expect(branch).toEqual({ src: '15', customerServicePlugin: 0, content: expect.any(String) })
    expect(JSON.parse(branch.content)).toEqual({
      header: '请选择订单问题类型',
      items: [{ content: '查询物流' }, { content: '申请退款' }, { content: '修改收货地址' }],
      tail: '',
      selected: null
    })
  })

  it("the bot's messages are marked role 'robot'; the agent's role 'seat' with the agent's nick", async () => {
    const robot = JSON.stringify({ role: 'robot' })
    const botSaid = [...(await answerTo('订单问题')), ...(await answerTo('随便问问'))].filter((m) => ['15', '31'].includes(payload(m)?.src))
    expect(botSaid).toHaveLength(2)
    for (const m of botSaid) expect(m).toMatchObject({ nick: '智能客服', cloudCustomData: robot })

    const handOff = await answerTo('人工服务')
    const inSeat = handOff.find((m) => payload(m)?.src === '26' && payload(m)!.content.content === 'inSeat')!
    const greeting = handOff.find((m) => m.body.kind === 'text')!
    const agentReply = (await answerTo('我的快递丢了')).find((m) => m.body.kind === 'text')!
    for (const m of [inSeat, greeting, agentReply]) expect(m).toMatchObject({ nick: AGENT.nick, cloudCustomData: JSON.stringify({ role: 'seat' }) })
  })

  it('accepts the bare end message the kits send: { src: "27", customerServicePlugin: 0 }', async () => {
    await answerTo('人工服务')
    expect(desk.phaseOf(ACCOUNT)).toBe('human')
    const end = await answerTo({ src: '27', customerServicePlugin: 0 })
    expect(end.map((m) => payload(m))).toEqual([
      { customerServicePlugin: 0, src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } },
      { customerServicePlugin: 0, src: '19', content: '会话已结束，感谢您的咨询' }
    ])
    expect(desk.phaseOf(ACCOUNT)).toBe('ended')
  })
})
