// Bugs the fault matrix found, pinned down on their own.
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { ChatSession } from '../../../src/customer-service/session/service'
import * as actions from '../../../src/customer-service/store/chat-store'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { mergeMessages, modifyMessages } from '../../../src/customer-service/store/messages'
import { ACCOUNT, deskMessage, textMessage } from '../../builders/messages'
import { launchParamsFor } from '../../builders/launch'
import { settle } from './harness'

const stream = (chunks: string[], finished: boolean, base = deskMessage({})) => ({ ...base, body: { kind: 'custom' as const, data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks, isFinished: finished ? 1 : 0 }) } })

describe('a streamed answer whose delivery comes after its last chunk', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('ends complete (its chunks, sent as MESSAGE_MODIFIED for an id not held yet, used to be dropped)', async () => {
    // Deliveries are late, modifications are not: every chunk overtakes the message it belongs to.
    const desk = new DemoDesk({ seed: 3, pace: 0, faults: { delayMs: 5 } })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const session = new ChatSession({ params: launchParamsFor(), transport: desk, store })
    await settle(desk, session.start())
    await settle(desk, session.sendText('如何退款？'))
    const shown = store.getState().conversations[ACCOUNT].messages.filter((m) => m.view.kind === 'stream')
    const sent = desk.serverLog(ACCOUNT).filter((m) => m.body.kind === 'custom' && m.body.data.includes('"src":"31"'))
    expect(shown.map((m) => m.body)).toEqual(sent.map((m) => m.body))
    expect(shown[0].view).toMatchObject({ kind: 'stream', finished: true })
    await settle(desk, session.stop())
  })

  it('the store hands back a modification it does not hold if it is newer than its oldest message, not an older one', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const old = stream(['x'], false, deskMessage({}, { time: 100 }))
    actions.receive(store, [textMessage('held', { time: 200 })])
    const late = stream(['a', 'b'], true, deskMessage({}, { time: 300 }))
    expect(actions.modify(store, [old, late])).toEqual([late])
  })
})

describe('a streamed answer whose older chunk arrives after a newer one', () => {
  // Chunk updates go through the desk's delivery faults: a held-back or delayed MESSAGE_MODIFIED can come after a
  // later one, and a history page fetched before the last chunk can be applied after it.
  const s = stream(['a'], false)
  const older = stream(['a', 'b'], false, s)
  const newer = stream(['a', 'b', 'c'], false, s)
  const done = stream(['a', 'b', 'c', 'd'], true, s)
  const shown = (list: ReturnType<typeof mergeMessages>) => list.find((m) => m.id === s.id)?.view

  it('keeps the longer, unfinished text (it used to be replaced by the older, shorter one)', () => {
    const list = modifyMessages(mergeMessages([], [s], 'keep'), [newer])
    expect(shown(modifyMessages(list, [older]))).toEqual({ kind: 'stream', markdown: 'abc', finished: false })
  })

  it('keeps the finished answer against a late chunk, live or in a history page', () => {
    const list = modifyMessages(mergeMessages([], [s], 'keep'), [done])
    expect(shown(modifyMessages(list, [newer]))).toEqual({ kind: 'stream', markdown: 'abcd', finished: true })
    expect(shown(mergeMessages(list, [older], 'replace'))).toEqual({ kind: 'stream', markdown: 'abcd', finished: true })
  })

  it('still takes every newer version, and a finished one over an unfinished one', () => {
    let list = mergeMessages([], [s], 'keep')
    for (const v of [older, newer, done]) list = modifyMessages(list, [v])
    expect(shown(list)).toEqual({ kind: 'stream', markdown: 'abcd', finished: true })
    expect(shown(mergeMessages(modifyMessages(mergeMessages([], [s], 'keep'), [newer]), [done], 'replace'))).toMatchObject({ finished: true })
  })
})

describe('cached ids of immutable lists', () => {
  it('a list stays right after a sibling made from it grew', () => {
    const a = textMessage('a')
    const s = stream(['x'], false)
    const base = mergeMessages([], [a, s], 'keep')
    const sibling = modifyMessages(base, [stream(['x', 'y'], false, s)])
    const x = textMessage('x')
    expect(mergeMessages(sibling, [x], 'keep')).toHaveLength(3)
    // `base` shares its id set with `sibling`, which has just grown: `x` is still new to `base`.
    expect(mergeMessages(base, [x], 'keep').map((m) => m.id)).toEqual([a.id, s.id, x.id])
    expect(mergeMessages(base, [a], 'keep')).toBe(base)
  })
})
