// Quotes on the wire: what we send is the kits' messageReply shape, other keys of cloudCustomData survive, every
// kit variant reads back, and a malformed payload is simply no quote (never a throw).
import { translator } from '../../../src/customer-service/i18n/strings'
import type { DeskView } from '../../../src/customer-service/protocol'
import { abstractOf, MAX_ABSTRACT, quoteFrom, quoteOf, withQuote } from '../../../src/customer-service/protocol/quote'

const zh = translator('zh')('quoteTypes').split('|')
const en = translator('en')('quoteTypes').split('|')

const quote = { id: 'msg-1', sender: '客服小美', abstract: '您的订单已发货', type: 1 }

describe('withQuote', () => {
  it('writes messageReply with exactly the fields the Desk kit sends, version 1', () => {
    expect(JSON.parse(withQuote(undefined, quote))).toEqual({ messageReply: { messageID: 'msg-1', messageAbstract: '您的订单已发货', messageSender: '客服小美', messageType: 1, version: 1 } })
  })

  it('keeps every other key of cloudCustomData (Desk marks, a workflow answer)', () => {
    const base = JSON.stringify({ role: 'seat', messageType: 'faq', scene: 'transferSession', BranchOptionInfo: { taskID: 't1' } })
    const out = JSON.parse(withQuote(base, quote))
    expect(out).toMatchObject({ role: 'seat', messageType: 'faq', scene: 'transferSession', BranchOptionInfo: { taskID: 't1' } })
    expect(out.messageReply.messageID).toBe('msg-1')
  })

  it('reads back as the same quote', () => {
    expect(quoteOf(withQuote('{"role":"robot"}', quote))).toEqual({ id: 'msg-1', sender: '客服小美', abstract: '您的订单已发货', type: 1 })
  })
})

describe('quoteOf', () => {
  it('reads the Flutter Desk kit shape (five fields) and the chat engine shape (with time and sequence)', () => {
    const flutter = { messageReply: { messageID: 'a', messageAbstract: '你好', messageSender: 'user1', messageType: 1, version: 1 } }
    const engine = { messageReply: { ...flutter.messageReply, messageTime: 1, messageSequence: 2 } }
    const reply = { messageReply: { ...engine.messageReply, messageRootID: 'root' } }
    for (const v of [flutter, engine, reply]) expect(quoteOf(JSON.stringify(v))).toEqual({ id: 'a', sender: 'user1', abstract: '你好', type: 1 })
  })

  it('reads an abstract that is itself JSON (the Flutter kit parses {summary, elemType, …}) and never shows other JSON', () => {
    const legacy = JSON.stringify({ summary: '[图片]', elemType: 3, msgID: 'a', timestamp: 1, seq: '2' })
    expect(quoteOf({ messageReply: { messageID: 'a', messageAbstract: legacy } })).toMatchObject({ abstract: '[图片]', type: 3 })
    expect(quoteOf({ messageReply: { messageID: 'a', messageAbstract: '{"x":1}', messageType: 1 } })?.abstract).toBe('')
  })

  it('accepts messageReply as a JSON string and numeric strings for numbers', () => {
    const inner = JSON.stringify({ messageID: 'a', messageAbstract: 'x', messageType: '3' })
    expect(quoteOf(JSON.stringify({ messageReply: inner }))).toMatchObject({ id: 'a', type: 3 })
  })

  it.each([
    ['no cloudCustomData', undefined],
    ['broken JSON', '{"messageReply": {'],
    ['not an object', '"messageReply"'],
    ['messageReply a number', '{"messageReply": 5}'],
    ['messageReply an array', '{"messageReply": [1]}'],
    ['no messageID', '{"messageReply": {"messageAbstract": "x"}}'],
    ['blank messageID', '{"messageReply": {"messageID": "  "}}'],
    ['messageID an object', '{"messageReply": {"messageID": {}}}'],
    ['an absurd messageID', JSON.stringify({ messageReply: { messageID: 'x'.repeat(1000) } })],
    ['only Desk keys', '{"role":"robot","messageType":"faq"}']
  ])('%s: no quote, no throw', (_name, data) => {
    expect(quoteOf(data)).toBeUndefined()
  })

  it('clips what it keeps and drops unknown types to 0', () => {
    const q = quoteOf({ messageReply: { messageID: 'a', messageAbstract: '长'.repeat(5000), messageSender: 'n'.repeat(500), messageType: 99 } })!
    expect(q.abstract.length).toBeLessThanOrEqual(MAX_ABSTRACT + 1)
    expect(q.sender.length).toBeLessThanOrEqual(41)
    expect(q.type).toBe(0)
  })

  it('keeps the abstract to one line', () => {
    expect(quoteOf({ messageReply: { messageID: 'a', messageAbstract: '第一行\n\n第二行  ' } })?.abstract).toBe('第一行 第二行')
  })
})

describe('abstractOf', () => {
  const cases: [DeskView, string, string][] = [
    [{ kind: 'text', text: '请问\n什么时候发货？' }, '请问 什么时候发货？', '请问 什么时候发货？'],
    [{ kind: 'image', url: 'https://x/a.png' }, '[图片]', '[Image]'],
    [{ kind: 'sound', url: 'https://x/a.mp3', duration: 3 }, '[语音]', '[Voice]'],
    [{ kind: 'video', url: 'https://x/a.mp4' }, '[视频]', '[Video]'],
    [{ kind: 'file', url: 'https://x/a.pdf', name: '发票.pdf', size: 10 }, '[文件] 发票.pdf', '[File] 发票.pdf'],
    [{ kind: 'location', description: '深圳市南山区', latitude: 22.5, longitude: 113.9 }, '[位置] 深圳市南山区', '[Location] 深圳市南山区'],
    [{ kind: 'face', index: 1, data: 'x' }, '[表情]', '[Sticker]'],
    [{ kind: 'relay', title: '聊天记录', abstracts: [] }, '[聊天记录] 聊天记录', '[Chat history] 聊天记录'],
    [{ kind: 'richText', markdown: '## 会员权益\n- **包邮** [详情](https://x)' }, '会员权益 - 包邮 详情', '会员权益 - 包邮 详情'],
    [{ kind: 'stream', markdown: '退款将在 *3 天* 内到账', finished: true }, '退款将在 3 天 内到账', '退款将在 3 天 内到账'],
    [{ kind: 'product', header: '智能手表', desc: '¥ 899', fields: [] }, '智能手表', '智能手表'],
    [{ kind: 'welcome', title: '猜你想问', items: [] }, '猜你想问', '猜你想问'],
    [{ kind: 'branch', header: '请选择订单问题', items: [] }, '请选择订单问题', '请选择订单问题'],
    [{ kind: 'form', fields: [], status: 'editable' }, '[消息]', '[Message]']
  ]
  it.each(cases)('%j', (view, zhText, enText) => {
    expect(abstractOf(view, zh)).toBe(zhText)
    expect(abstractOf(view, en)).toBe(enText)
  })

  it('clips long texts to a sane length', () => {
    expect(abstractOf({ kind: 'text', text: '字'.repeat(1000) }, zh)).toHaveLength(MAX_ABSTRACT + 1)
  })

  it('quoteFrom names the IM element type the kits use', () => {
    const m = { id: 'x' }
    expect(quoteFrom({ ...m, view: { kind: 'text', text: 'hi' } }, '我', zh)).toEqual({ id: 'x', sender: '我', abstract: 'hi', type: 1 })
    expect(quoteFrom({ ...m, view: { kind: 'image', url: 'u' } }, 'a', zh).type).toBe(3)
    expect(quoteFrom({ ...m, view: { kind: 'rating', style: 'star', head: '请评价', tail: '', options: [], sessionId: 's', expireTime: 0, allowClientSendRating: true } }, 'a', zh)).toMatchObject({ type: 2, abstract: '请评价' })
  })
})
