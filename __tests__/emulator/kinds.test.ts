// Location, face and merged (relay) messages over the REAL @tencentcloud/lite-chat 4.2.1: the emulator pushes the
// MsgBody elems the server sends (REST message format, doc 269/2720: TIMLocationElem {Desc, Latitude, Longitude},
// TIMFaceElem {Index, Data}, TIMRelayElem {Title, AbstractList, MsgNum, CompatibleText, MsgList | JsonMsgKey})
// and the transport hands them over converted; a long record (JsonMsgKey) loads through loadRelay →
// downloadMergerMessage (im_long_msg.get_relay_json_msg), and a failed download rejects and can be retried.
import type { ChatMessage } from '../../src/customer-service/im/types'
import { emulatorPerTest, loggedInTransport } from './real-sdk'
import { DESK_ACCOUNT, textElem } from './server.mjs'

const emulator = emulatorPerTest()

async function open() {
  const emu = emulator()
  const t = await loggedInTransport(emu)
  const got: ChatMessage[] = []
  t.on('received', (l) => got.push(...l))
  const push = async (elem: Parameters<typeof emu.server.push>[2]) => {
    const before = got.length
    emu.server.push(DESK_ACCOUNT, 'u_test', elem)
    await emu.until(() => got.length > before, 'received')
    return got[got.length - 1]
  }
  return { emu, t, push }
}

const record = [
  { from: 'u_test', nick: '我', time: 1_767_225_000, elems: [textElem('怎么退款？')] },
  { from: DESK_ACCOUNT, time: 1_767_225_060, elems: [textElem('请在订单页申请')] }
]

describe('message kinds over the real SDK', () => {
  it('a pushed TIMLocationElem and TIMFaceElem arrive converted', async () => {
    const { push } = await open()
    const loc = await push({ MsgType: 'TIMLocationElem', MsgContent: { Desc: '深圳市南山区腾讯滨海大厦', Latitude: 22.522, Longitude: 113.935 } })
    expect(loc).toMatchObject({ flow: 'in', from: DESK_ACCOUNT, body: { kind: 'location', description: '深圳市南山区腾讯滨海大厦', latitude: 22.522, longitude: 113.935 } })
    const face = await push({ MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: '[TUIEmoji_Smile]' } })
    expect(face.body).toEqual({ kind: 'face', index: 1, data: '[TUIEmoji_Smile]' })
  })

  it('a TIMRelayElem with its MsgList arrives with the inner messages, each with sender and text', async () => {
    const { emu, push } = await open()
    const m = await push(emu.server.relayElem('与客服的聊天记录', ['我: 怎么退款？', '智能客服: 请在订单页申请'], record))
    expect(m.body).toMatchObject({ kind: 'relay', title: '与客服的聊天记录', abstracts: ['我: 怎么退款？', '智能客服: 请在订单页申请'] })
    if (m.body.kind !== 'relay') throw new Error('not a relay')
    expect(m.body.messages).toEqual([
      expect.objectContaining({ from: 'u_test', time: 1_767_225_000, body: { kind: 'text', text: '怎么退款？' } }),
      expect.objectContaining({ from: DESK_ACCOUNT, nick: '智能客服', body: { kind: 'text', text: '请在订单页申请' } })
    ])
  })

  it('a long record (JsonMsgKey) comes without messages; loadRelay downloads them; a failed download rejects, a retry works', async () => {
    const { emu, t, push } = await open()
    const m = await push(emu.server.relayElem('很长的记录', ['我: 怎么退款？'], record, { stored: true }))
    expect(m.body).toEqual({ kind: 'relay', title: '很长的记录', abstracts: ['我: 怎么退款？'] })
    emu.server.failNext('im_long_msg.get_relay_json_msg', 2801)
    await expect(emu.run(t.loadRelay(m.id), 'loadRelay')).rejects.toMatchObject({ reason: 'network' })
    const inner = await emu.run(t.loadRelay(m.id), 'loadRelay')
    expect(inner.map((x) => x.body)).toEqual([
      { kind: 'text', text: '怎么退款？' },
      { kind: 'text', text: '请在订单页申请' }
    ])
    expect(emu.server.bodies('im_long_msg.get_relay_json_msg')).toEqual([{ JsonMsgKey: 'relay-1' }, { JsonMsgKey: 'relay-1' }])
    // Once downloaded the SDK holds them: a second open needs no request.
    await emu.run(t.loadRelay(m.id), 'loadRelay again')
    expect(emu.server.bodies('im_long_msg.get_relay_json_msg')).toHaveLength(2)
  })

  it('loadRelay of a message the SDK does not hold rejects with notFound', async () => {
    const { emu, t } = await open()
    await expect(emu.run(t.loadRelay('no-such-id'), 'loadRelay')).rejects.toMatchObject({ reason: 'notFound', retryable: false })
  })
})
