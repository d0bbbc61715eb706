// #19 The demo desk's canned texts follow its language: the typed keywords for the link-option card, the location
// and the chat record work in the language's own word and in Chinese (any letter case), and every answer, the
// unconfirmed shapes' included, comes in that language. Jest bundles every pack (setup/env.js).
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage } from '../../../src/customer-service/im/types'

const ACCOUNT = '@customer_service_account'
const HAN = /[\u4e00-\u9fff]/

async function demo(language: string) {
  const d = new DemoDesk({ seed: 3, pace: 0, language })
  const received: ChatMessage[] = []
  d.on('received', (l) => received.push(...l))
  await d.login({ userID: 'u1', userSig: '' })
  const idle = async () => {
    for (let i = 0; i < 200 && !d.idle; i++) await new Promise((r) => setTimeout(r, 5))
  }
  const answers = async (send: () => Promise<unknown>) => {
    const from = received.length
    await send()
    await idle()
    return received.slice(from).filter((m) => m.flow === 'in')
  }
  const say = (text: string) => answers(() => d.sendText(ACCOUNT, text))
  const deskSays = (payload: Record<string, unknown>) => answers(() => d.sendCustom(ACCOUNT, JSON.stringify({ customerServicePlugin: 0, ...payload }), { onlineUserOnly: true }))
  return { d, say, desk: deskSays }
}

const bodyOf = (list: ChatMessage[], kind: string) => list.map((m) => m.body).find((b) => b.kind === kind)
const card = (list: ChatMessage[], src: string) =>
  list.map((m) => (m.body.kind === 'custom' ? JSON.parse(m.body.data) : null)).find((x) => x && String(x.src) === src)
const texts = (list: ChatMessage[]) => list.flatMap((m) => (m.body.kind === 'text' ? [m.body.text] : m.body.kind === 'custom' ? [JSON.parse(m.body.data).content].filter((c) => typeof c === 'string') : []))

describe('demo desk: canned texts in the desk language', () => {
  it('English: "address", "Record" and "help" get the English location, chat record and help card', async () => {
    const { d, say } = await demo('en')
    expect(bodyOf(await say('address'), 'location')).toMatchObject({ description: 'Tencent Binhai Mansion, Nanshan District, Shenzhen' })
    const record = bodyOf(await say('Record'), 'relay')
    expect(record).toMatchObject({ title: 'Earlier chat', abstracts: ['Me: When will my order ship?', 'Mia: We have rushed it for you; it should ship tomorrow'] })
    const help = card(await say('HELP'), '15')
    expect(help.content).toEqual({
      header: 'Help centre',
      items: [
        { content: 'Returns policy', url: 'https://cloud.tencent.com/document/product/269' },
        { content: 'My orders', url: '/pages/index/index' },
        { content: 'Talk to an agent' }
      ]
    })
    await d.destroy()
  })

  it('the Chinese keywords work in every language and answer in it', async () => {
    const { d, say } = await demo('en')
    expect(bodyOf(await say('地址'), 'location')).toMatchObject({ description: 'Tencent Binhai Mansion, Nanshan District, Shenzhen' })
    expect(bodyOf(await say('记录'), 'relay')).toMatchObject({ title: 'Earlier chat' })
    expect(card(await say('帮助中心'), '15').content.header).toBe('Help centre')
    await d.destroy()
  })

  it('Thai: its own words get the Thai location, chat record and help card, no Chinese', async () => {
    const { d, say } = await demo('th')
    const location = bodyOf(await say('ที่อยู่'), 'location')
    expect(location).toMatchObject({ description: 'อาคารเทนเซ็นต์ปินไห่ เขตหนานซาน เซินเจิ้น' })
    const record = bodyOf(await say('ประวัติ'), 'relay')
    expect(record).toMatchObject({ title: 'ประวัติการสนทนาก่อนหน้า' })
    const help = card(await say('ศูนย์ช่วยเหลือ'), '15')
    expect(help.content.header).toBe('ศูนย์ช่วยเหลือ')
    expect(help.content.items.map((i: { content: string }) => i.content)).toEqual(['นโยบายการคืนสินค้า', 'คำสั่งซื้อของฉัน', 'คุยกับเจ้าหน้าที่'])
    expect(JSON.stringify([location, record, help])).not.toMatch(HAN)
    await d.destroy()
  })

  it('English: the unconfirmed shapes answer in English (named transfer, task flow, bot session end and rating)', async () => {
    const { d, desk: send } = await demo('en')
    const flow = await send({ src: '34', content: { taskFlowId: 'flow_9' } })
    expect(texts(flow)).toContain('Task flow flow_9 has started for you')
    expect(card(flow, '32').content.items.map((i: { content: string }) => i.content)).toEqual(['Shipped', 'Not shipped'])
    const ended = await send({ src: '27' })
    expect(texts(ended)).toContain('The conversation has ended. Thank you for contacting us')
    expect(card(ended, '9').menuContent).toMatchObject({ head: "How would you rate the assistant's answers?", tail: 'Thank you for your rating, we will keep improving!' })
    const transfer = await send({ src: '39', content: { agentIdList: ['a1', 'a2'] } })
    expect(texts(transfer)).toEqual(['Transferring you to agent a1, a2', 'Hello, you are now with agent a1, a2. I am Mia.'])
    expect(transfer.filter((m) => m.body.kind === 'text').every((m) => m.nick === 'Mia')).toBe(true)
    for (const list of [flow, ended, transfer]) expect(JSON.stringify(list.map((m) => m.body))).not.toMatch(HAN)
    await d.destroy()
  })

  it('Thai: a transfer to a group and the bot rating in Thai', async () => {
    const { d, desk: send } = await demo('th')
    expect(texts(await send({ src: '39', content: { agentGroupId: 7 } }))[0]).toBe('กำลังโอนสายไปยังกลุ่มเจ้าหน้าที่ 7')
    const { d: d2, desk: send2 } = await demo('th')
    expect(card(await send2({ src: '24', content: { target: 'robot' } }), '9').menuContent.head).toBe('โปรดให้คะแนนคำตอบของผู้ช่วย AI')
    await d.destroy()
    await d2.destroy()
  })
})
