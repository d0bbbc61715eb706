// SDK location, face and merged (relay) messages → plain ChatMessages. Payload shapes follow what
// @tencentcloud/chat 3.6.6 builds (index.d.ts types `payload` as any; index.js element classes): TIMLocationElem
// {description, longitude, latitude}; TIMFaceElem {index, data}; TIMRelayElem {title, abstractList, compatibleText,
// messageList, downloadKey, pbDownloadKey, version, layersOverLimit}, whose messageList items carry ID, from, nick,
// avatar, time, messageSequence, cloudCustomData and messageBody [{type, payload}]. The same shapes arrive from the
// real SDK over the emulator in __tests__/emulator/kinds.test.ts.
import { relayMessages, toChatMessage } from '../../../src/customer-service/im/tencent/convert'
import { sdkMessage } from './fake-sdk'

const inner = (i: number, type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({
  ID: `inner-${i}`,
  from: i % 2 ? 'u1' : '@customer_service_account',
  messageSender: 'u1',
  nick: i % 2 ? '' : '小腾',
  avatar: '',
  time: 1_700_000_000 + i,
  messageSequence: i,
  cloudCustomData: '',
  messageBody: [{ type, payload }],
  ...extra
})

describe('toChatMessage: location, face, relay', () => {
  it('a location keeps description and coordinates', () => {
    const m = toChatMessage(sdkMessage({ type: 'TIMLocationElem', payload: { description: '深圳市南山区腾讯大厦', longitude: 113.93, latitude: 22.54 } }))
    expect(m.body).toEqual({ kind: 'location', description: '深圳市南山区腾讯大厦', latitude: 22.54, longitude: 113.93 })
  })

  it('a face keeps its index and key', () => {
    expect(toChatMessage(sdkMessage({ type: 'TIMFaceElem', payload: { index: 1, data: '[TUIEmoji_Smile]' } })).body).toEqual({ kind: 'face', index: 1, data: '[TUIEmoji_Smile]' })
  })

  it('garbage payloads give safe values, never a throw', () => {
    for (const payload of [undefined, null, 'x', 7, { latitude: 'north', longitude: {}, description: null }]) {
      expect(toChatMessage(sdkMessage({ type: 'TIMLocationElem', payload })).body).toEqual({ kind: 'location', description: '', latitude: 0, longitude: 0 })
    }
    expect(toChatMessage(sdkMessage({ type: 'TIMFaceElem', payload: { index: 'a', data: 12 } })).body).toEqual({ kind: 'face', index: 0, data: '12' })
    expect(toChatMessage(sdkMessage({ type: 'TIMRelayElem', payload: { title: null, abstractList: 'x', messageList: { length: 3 } } })).body).toEqual({ kind: 'relay', title: '', abstracts: [], messages: [] })
  })

  it('an inline relay converts its inner messages (each with its sender), nested records included', () => {
    const nested = { title: '更早的记录', abstractList: ['a: 1'], messageList: [inner(9, 'TIMTextElem', { text: '最早' })], downloadKey: '', version: 0 }
    const m = toChatMessage(
      sdkMessage({
        type: 'TIMRelayElem',
        payload: {
          title: '与客服的聊天记录',
          abstractList: ['我: 怎么退款？', '小腾: 请在订单页申请'],
          compatibleText: '请升级以查看',
          downloadKey: '',
          pbDownloadKey: '',
          version: 0,
          layersOverLimit: false,
          messageList: [inner(1, 'TIMTextElem', { text: '怎么退款？' }), inner(2, 'TIMImageElem', { imageInfoArray: [{ type: 0, url: 'https://i/1.png' }] }), inner(4, 'TIMRelayElem', nested)]
        }
      })
    )
    expect(m.body.kind).toBe('relay')
    if (m.body.kind !== 'relay') return
    expect(m.body.title).toBe('与客服的聊天记录')
    expect(m.body.abstracts).toEqual(['我: 怎么退款？', '小腾: 请在订单页申请'])
    const [q, img, rec] = m.body.messages!
    expect(q).toMatchObject({ id: 'inner-1', from: 'u1', time: 1_700_000_001, body: { kind: 'text', text: '怎么退款？' } })
    expect(img).toMatchObject({ nick: '小腾', body: { kind: 'image', url: 'https://i/1.png' } })
    expect(rec.body).toEqual({ kind: 'relay', title: '更早的记录', abstracts: ['a: 1'], messages: [expect.objectContaining({ body: { kind: 'text', text: '最早' } })] })
    expect(JSON.parse(JSON.stringify(m))).toEqual(m)
  })

  it('a relay the IM stored apart (downloadKey set, list empty) has no messages: they are loaded on demand', () => {
    const m = toChatMessage(sdkMessage({ type: 'TIMRelayElem', payload: { title: '聊天记录', abstractList: ['x'], downloadKey: 'dk-1', pbDownloadKey: 'pb-1', messageList: [] } }))
    expect(m.body).toEqual({ kind: 'relay', title: '聊天记录', abstracts: ['x'] })
  })

  it('relayMessages caps what it keeps: 300 messages, 3 levels of nesting', () => {
    expect(relayMessages(Array.from({ length: 400 }, (_, i) => inner(i, 'TIMTextElem', { text: String(i) })))).toHaveLength(300)
    let payload: Record<string, unknown> = { title: 'L4', abstractList: [], messageList: [inner(0, 'TIMTextElem', { text: 'deep' })] }
    for (const title of ['L3', 'L2', 'L1']) payload = { title, abstractList: [], messageList: [inner(0, 'TIMRelayElem', payload)] }
    const top = toChatMessage(sdkMessage({ type: 'TIMRelayElem', payload })).body
    const down = (b: typeof top): typeof top => (b.kind === 'relay' && b.messages?.length ? b.messages[0].body : b)
    const l3 = down(down(top))
    expect(l3).toMatchObject({ kind: 'relay', title: 'L3' })
    expect(down(l3)).toMatchObject({ kind: 'relay', title: 'L4', messages: [] })
  })

  it('garbage inner messages become empty-but-valid messages', () => {
    const [a, b] = relayMessages([null, { messageBody: 'x', time: 'soon' }])
    expect(a).toMatchObject({ id: 'relay-0', from: '', body: { kind: 'unknown', type: '' } })
    expect(b).toMatchObject({ id: 'relay-1', time: 0, status: 'sent', flow: 'in' })
  })
})
