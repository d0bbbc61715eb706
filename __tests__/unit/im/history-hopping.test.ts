// Paging by time (getMessageListHopping) the way lite-chat 4.2.1 does it: it sends the time and NO MsgKey, asks
// the server for count + 1 and drops that extra one (the oldest for direction 0, the newest for 1) unless the
// server says it is complete. The server here includes the given second and orders by time, then sequence.
import { TencentTransport } from '../../../src/customer-service/im/tencent/adapter'
import { fakeSdk, nextTask, sdkMessage, type SdkMessage } from './fake-sdk'

const CONV = 'C2C@customer_service_account'

async function hoppingChat(log: SdkMessage[]) {
  const { sdk, made } = fakeSdk()
  const transport = new TencentTransport({ SDKAppID: 1400000001, sdk })
  await transport.login({ userID: 'u1', userSig: 'sig' })
  await nextTask()
  const chat = made[0]
  const asked: string[] = []
  const server = log.slice().sort((a, b) => a.time - b.time || a.sequence - b.sequence)
  Object.assign(chat, {
    findMessage: () => null,
    getMessageListHopping({ time, direction, count }: { time: number; direction: number; count: number }) {
      asked.push(`${direction}@${time}`)
      const older = direction === 0
      const walk = older ? server.slice().reverse() : server
      let start = walk.findIndex((m) => (older ? m.time <= time : m.time >= time))
      if (start < 0) start = walk.length
      const page = walk.slice(start, start + count + 1)
      const complete = start + count + 1 >= walk.length
      const list = older ? page.slice().reverse() : page
      if (!complete) (older ? list.shift() : list.pop())
      const data = { messageList: list, isCompleted: complete, nextMessageTime: complete ? '' : page[page.length - 1].time }
      return Promise.resolve({ data })
    }
  })
  return { transport, asked }
}

/** Loads the newest page, then older pages until completed, as the chat's load-older does (at most `max` pages). */
async function loadAll(transport: TencentTransport, max = 10) {
  const pages = [await transport.getHistory(CONV, undefined, { fresh: true })]
  while (!pages[pages.length - 1].isCompleted && pages.length < max) {
    const cursor = pages[pages.length - 1].nextCursor
    const page = await transport.getHistory(CONV, cursor)
    // Progress: a new cursor, or completion.
    if (!page.isCompleted) expect(page.nextCursor).not.toBe(cursor)
    pages.push(page)
  }
  return pages
}

describe('history paged by time (lite-chat sends no MsgKey with a time)', () => {
  it('more than count + 1 messages in one second: loading older moves on, completes, and skips none', async () => {
    const T = 1_700_000_000
    const second = Array.from({ length: 22 }, (_, i) => sdkMessage({ time: T, payload: { text: `same second ${i}` } }))
    const before = [1, 2, 3].map((n) => sdkMessage({ time: T - 5 - n, payload: { text: `earlier ${n}` } }))
    const { transport } = await hoppingChat([...before, ...second])
    const pages = await loadAll(transport)
    expect(pages[pages.length - 1].isCompleted).toBe(true)
    const shown = new Set(pages.flatMap((p) => p.messages.map((m) => m.id)))
    expect([...before, ...second].filter((m) => !shown.has(m.ID)).map((m) => m.payload)).toEqual([])
  })

  it('a device clock 10 minutes behind still gets the newest messages', async () => {
    const real = 1_700_000_000_000
    const now = jest.spyOn(Date, 'now').mockReturnValue(real - 600_000)
    try {
      const newest = sdkMessage({ time: real / 1000 - 5, payload: { text: 'just now' } })
      const { transport, asked } = await hoppingChat([sdkMessage({ time: real / 1000 - 900 }), newest])
      const page = await transport.getHistory(CONV, undefined, { fresh: true })
      expect(page.messages.map((m) => m.body)).toContainEqual({ kind: 'text', text: 'just now' })
      expect(asked).toHaveLength(1)
    } finally {
      now.mockRestore()
    }
  })
})
