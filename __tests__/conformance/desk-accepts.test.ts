// The embedded desk understands what every Tencent kit sends, not only what this template sends: each
// outgoing variant of the corpus (`ours: false`) goes to the demo desk, which answers it as the Desk would.
import { DemoDesk } from '../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage } from '../../src/customer-service/im/types'
import { outgoing } from './corpus'
import type { OutgoingFixture } from './corpus'

const ACCOUNT = '@customer_service_account'

/** What the desk must answer with, by src of the variant. */
const ANSWERS: Record<string, (answers: ChatMessage[], desk: DemoDesk) => void> = {
  7: (a) => expect(a.some((m) => deskSrc(m) === '29')).toBe(true),
  10: (_a, desk) => expect(desk.serverLog(ACCOUNT).some((m) => deskSrc(m) === '9' && JSON.parse((m.body as { data: string }).data).menuContent.selected)).toBe(true),
  22: (a) => expect(a.some((m) => m.body.kind === 'text' && m.body.text.includes('订单信息'))).toBe(true),
  27: (a) => expect(a.some((m) => deskSrc(m) === '19')).toBe(true),
  // The desk read the values: its read-only summary form carries them back.
  33: (a) => expect(a.some((m) => deskSrc(m) === '33' && (m.body as { data: string }).data.includes('北京市海淀区'))).toBe(true)
}

function deskSrc(m: ChatMessage): string | undefined {
  if (m.body.kind !== 'custom') return undefined
  try {
    return String(JSON.parse(m.body.data).src)
  } catch {
    return undefined
  }
}

async function settle(desk: DemoDesk) {
  for (let i = 0; i < 200 && !desk.idle; i++) await new Promise((r) => setTimeout(r, 5))
}

describe.each(outgoing.filter((f) => !f.ours).map((f) => [f.id, f] as const))('another kit sends %s', (_id, f: OutgoingFixture) => {
  it(`the desk answers it (${f.note})`, async () => {
    const desk = new DemoDesk({ seed: 3, pace: 0 })
    const received: ChatMessage[] = []
    desk.on('received', (l) => received.push(...l))
    await desk.login({ userID: 'u_kit', userSig: '' })
    let data = { ...f.wire.data } as Record<string, unknown>
    if (f.src === '10') {
      // A rating only counts for a card the desk issued: ask for one, then answer it in this kit's shape.
      await desk.sendCustom(ACCOUNT, JSON.stringify({ src: '24', customerServicePlugin: 0 }), { onlineUserOnly: true })
      await settle(desk)
      const card = received.find((m) => deskSrc(m) === '9')!
      const sessionId = JSON.parse((card.body as { data: string }).data).menuContent.sessionId
      data = { ...data, menuSelected: { ...(data.menuSelected as object), sessionId } }
    }
    if (f.src === '27') {
      await desk.sendText(ACCOUNT, '人工服务')
      await settle(desk)
    }
    const from = received.length
    const sent = await desk.sendCustom(ACCOUNT, JSON.stringify(data), { onlineUserOnly: f.wire.onlineUserOnly })
    expect(sent.status).toBe('sent')
    await settle(desk)
    ANSWERS[f.src](received.slice(from), desk)
    await desk.destroy()
  })
})
