// Streams heal end to end: the demo desk loses the last chunk of an AI answer (its dropDelivery fault, fired
// for that chunk only); the session and store as the app runs them, with the stream watch wired the way the
// session wires it; fake timers. The answer ends complete from history, with no cursor left.
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { ChatSession } from '../../../src/customer-service/session/service'
import { refetchNewestPage, STREAM_STALL_MS, StreamWatch } from '../../../src/customer-service/session/stream-watch'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'
import { settle } from '../reliability/harness'

const ACCOUNT = '@customer_service_account'
const streamOf = (store: ChatStore) => store.getState().conversations[ACCOUNT].messages.find((m) => m.view.kind === 'stream')
const finishes = (m: ChatMessage) => m.body.kind === 'custom' && m.body.data.includes('"isFinished":1')

function setup() {
  const desk = new DemoDesk({ seed: 3, pace: 0 })
  const store = createChatStore([ACCOUNT], ACCOUNT)
  const session = new ChatSession({ params: launchParamsFor(), transport: desk, store })
  const watch = new StreamWatch({ store, refetch: jest.fn(refetchNewestPage({ store, getHistory: (c, cursor) => desk.getHistory(c, cursor) })) })
  // The last chunk of every answer reaches the server and is lost on its way to the client.
  const modifies = desk.deskModifies.bind(desk)
  desk.deskModifies = (m, body) => {
    const last = finishes({ ...m, body })
    if (last) desk.setFaults({ dropDelivery: 1 })
    const next = modifies(m, body)
    if (last) desk.setFaults({ dropDelivery: 0 })
    return next
  }
  return { desk, store, session, watch }
}

describe('a stream whose last chunk is lost, against the demo desk', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('ends complete through the heal path, and stop() leaves no timer', async () => {
    const { desk, store, session, watch } = setup()
    const started = session.start()
    // After the session's own listeners (start() subscribes synchronously): the hooks the session will call.
    const unsubs = [desk.on('received', (l) => watch.observe(l)), desk.on('modified', (l) => watch.observe(l))]
    await settle(desk, started)
    expect(await settle(desk, session.sendText('如何退款？'))).toBe(true)
    expect(desk.injected.dropped).toBe(1)

    // The client holds the answer one chunk short, still streaming; the server has it finished.
    const cut = streamOf(store)
    expect(cut?.view).toMatchObject({ kind: 'stream', finished: false })
    const server = desk.serverLog(ACCOUNT).find((m) => m.id === cut?.id)
    expect(server && finishes(server)).toBe(true)
    expect(watch.size).toBe(1)

    // (When exactly it fires is the unit tests' business; settle() moves the clock on by a few ms.)
    jest.advanceTimersByTime(STREAM_STALL_MS)
    await settle(desk) // the refetch's history page comes back
    const healed = streamOf(store)
    expect(healed?.view).toMatchObject({ kind: 'stream', finished: true })
    expect(healed?.view.kind === 'stream' && healed.view.interrupted).toBeFalsy()
    expect(healed?.view.kind === 'stream' && cut?.view.kind === 'stream' && healed.view.markdown.length).toBeGreaterThan(cut?.view.kind === 'stream' ? cut.view.markdown.length : Infinity)
    expect(store.getState().conversations[ACCOUNT].messages.filter((m) => m.id === cut?.id)).toHaveLength(1)
    expect(watch.size).toBe(0)

    watch.stop()
    unsubs.forEach((u) => u())
    await settle(desk, session.stop())
    expect(jest.getTimerCount()).toBe(0)
  })
})
