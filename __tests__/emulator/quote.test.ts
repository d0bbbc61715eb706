// Quotes over the REAL @tencentcloud/lite-chat 4.2.1 and the emulator: the cloudCustomData the session builds for a
// quoted text reaches the wire byte for byte (also on a resend after a refused send), and a desk's quote arrives
// in the store with its cloudCustomData untouched, readable as a quote beside the Desk's role mark.
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import { translator } from '../../src/customer-service/i18n/strings'
import { quoteFrom, quoteOf, withQuote } from '../../src/customer-service/protocol/quote'
import { createSession } from '../../src/customer-service/session/create'
import { setQuote } from '../../src/customer-service/store/chat-store'
import type { ChatStore } from '../../src/customer-service/store/chat-store'
import type { ListItem } from '../../src/customer-service/store/state'
import { launchParamsFor } from '../builders/launch'
import { incomingById } from '../conformance/corpus'
import { SDK_APP_ID, emulatorPerTest } from './real-sdk'
import type { Emulator } from './real-sdk'
import { DESK_ACCOUNT } from './server.mjs'

const USER = 'u_test'
const LABELS = translator('zh')('quoteTypes').split('|')
let emu: Emulator

const current = emulatorPerTest()
beforeEach(() => {
  emu = current()
})

function open() {
  const transport = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
  return createSession(launchParamsFor({ mode: 'desk', SDKAppID: SDK_APP_ID, userSig: `sig-${USER}`, userID: USER }), () => undefined, transport)
}

const rows = (store: ChatStore): ListItem[] => store.getState().conversations[DESK_ACCOUNT].messages
const lastSent = () => emu.server.bodies('openim.sendmsg').slice(-1)[0]

describe('quotes over the real SDK', () => {
  it('a quoted text carries exactly the built cloudCustomData on the wire, and again on a resend', async () => {
    const { store, session } = open()
    await emu.run(session.start(), 'start')
    emu.desk.sendFixture(USER, incomingById('text-seat').message)
    await emu.until(() => rows(store).length === 1, 'desk text')
    const original = rows(store)[0]
    const q = quoteFrom(original, original.nick!, LABELS)
    const expected = withQuote(undefined, q)

    setQuote(store, DESK_ACCOUNT, q)
    await emu.run(session.sendTyped('什么时候能处理好？'), 'send quoted')
    expect(lastSent().MsgBody[0]).toMatchObject({ MsgType: 'TIMTextElem', MsgContent: { Text: '什么时候能处理好？' } })
    expect(lastSent().CloudCustomData).toBe(expected)
    expect(JSON.parse(expected).messageReply).toEqual({ messageID: original.id, messageAbstract: '您好，我是客服小美', messageSender: '客服小美', messageType: 1, version: 1 })
    expect(store.getState().conversations[DESK_ACCOUNT].quote).toBeUndefined()
    // The sender's own copy in the list keeps it too (its quote block shows).
    expect(quoteOf(rows(store).find((m) => m.flow === 'out')?.cloudCustomData)?.id).toBe(original.id)

    // Refused once: the failed message keeps the quote and the resend carries the same bytes.
    setQuote(store, DESK_ACCOUNT, q)
    emu.server.failNext('openim.sendmsg', 80001, 'emulator: refused')
    expect(await emu.run(session.sendTyped('再问一次'), 'refused')).toBe(false)
    const failed = rows(store).find((m) => m.status === 'failed')!
    expect(failed.cloudCustomData).toBe(expected)
    expect(await emu.run(session.resend(failed.id), 'resend')).toBe(true)
    expect(lastSent().CloudCustomData).toBe(expected)
    await emu.run(session.stop(), 'stop')
  })

  it("a desk's quote arrives with its cloudCustomData untouched", async () => {
    const { store, session } = open()
    await emu.run(session.start(), 'start')
    const fixture = incomingById('quote-with-desk-marks').message
    emu.desk.sendFixture(USER, fixture)
    await emu.until(() => rows(store).length === 1, 'quoted desk text')
    const [m] = rows(store)
    expect(m.cloudCustomData).toBe(fixture.cloudCustomData)
    expect(quoteOf(m.cloudCustomData)).toMatchObject({ id: 'msg-mix-1', sender: 'u_1001', abstract: '能快点发货吗' })
    expect(m.view).toEqual({ kind: 'text', text: '已为您加急处理' })
    await emu.run(session.stop(), 'stop')
  })
})
