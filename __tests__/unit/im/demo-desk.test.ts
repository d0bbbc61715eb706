// The demo desk: deterministic under a seed, real protocol out, faults that the session survives.
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { DemoFaults } from '../../../src/customer-service/im/demo/demo-desk'
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
