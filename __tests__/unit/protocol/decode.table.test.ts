// decodeMessage: one fixture per src (the reference shapes, verbatim), then the ways a payload goes wrong.
import { decodeMessage } from '../../../src/customer-service/protocol'
import type { DeskView } from '../../../src/customer-service/protocol'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { customMessage, deskMessage, message, textMessage } from './builders'
import { REFERENCE } from './fixtures'

const out = { flow: 'out' as const }
const control: DeskView = { kind: 'hidden', reason: 'control' }

type Row = [name: string, input: ChatMessage, expected: DeskView]

// The reference shapes verbatim (fixtures.ts); codes without one are built from the code table.
const referenceShapes: Row[] = [
  ['7 start session (ours)', customMessage(REFERENCE.start, out), control],
  [
    '9 rating card',
    customMessage(REFERENCE.rating),
    {
      kind: 'rating',
      style: 'star',
      head: '请评价',
      tail: '感谢评价！',
      options: [{ id: '1', content: '非常不满意' }, { id: '5', content: '非常满意' }],
      sessionId: 's1',
      expireTime: 1767225600,
      allowClientSendRating: true
    }
  ],
  ['10 rating submit (ours)', customMessage(REFERENCE.ratingSubmit, out), control],
  ['12 typing', customMessage(REFERENCE.typing), { kind: 'typing' }],
  ['13 feedback command', deskMessage({ src: '13', content: { command: 'feedback' } }), { kind: 'hidden', reason: 'command' }],
  ['15 branch', customMessage(REFERENCE.branch), { kind: 'branch', header: '请选择问题类型', items: [{ content: '订单问题' }] }],
  ['18 no agent online', deskMessage({ src: '18', content: '当前无客服在线' }), { kind: 'notice', notice: 'noAgentOnline', text: '当前无客服在线' }],
  ['19 session ended', deskMessage({ src: '19' }), { kind: 'notice', notice: 'sessionEnded' }],
  ['20 session timeout', deskMessage({ src: '20', content: '' }), { kind: 'notice', notice: 'sessionTimeout' }],
  ['21 form question', customMessage(REFERENCE.formQuestion), { kind: 'formQuestion', choice: true, header: '选择城市', items: [{ content: '北京' }] }],
  [
    '22 product card',
    customMessage(REFERENCE.product),
    { kind: 'product', header: '智能客服高级版', desc: '¥3000/月', pic: 'https://…', url: 'https://…', fields: [{ name: '订单号', value: '111' }] }
  ],
  ['23 rating settings', deskMessage({ src: '23', content: { menuSendRuleFlag: 7 } }), { kind: 'ratingSettings', clientMayRequest: true }],
  ['24 request rating (ours)', customMessage(REFERENCE.requestRating, out), control],
  ['25 bot status', deskMessage({ src: '25', content: { command: 'updateBotStatus', content: 'leaveBot' } }), { kind: 'botStatus', inBot: false }],
  ['26 seat status', customMessage(REFERENCE.seatStatus), { kind: 'notice', notice: 'agentJoined' }],
  ['27 end human session (ours)', customMessage(REFERENCE.endHumanSession, out), control],
  [
    '28 order card',
    deskMessage({
      src: '28',
      content: { guide: '您可能想咨询', name: '订单 1001', desc: '¥99', pic: 'https://p', customField: [{ name: '状态', value: '已发货' }] }
    }),
    { kind: 'order', guide: '您可能想咨询', name: '订单 1001', desc: '¥99', pic: 'https://p', fields: [{ name: '状态', value: '已发货' }] }
  ],
  [
    '29 welcome',
    customMessage(REFERENCE.welcome),
    { kind: 'welcome', title: '猜你想问', items: [{ content: '如何退款？' }] }
  ],
  [
    '30 rich text',
    customMessage(REFERENCE.richText),
    { kind: 'richText', markdown: '**退款说明**\n1. …' }
  ],
  [
    '31 stream',
    customMessage(REFERENCE.stream),
    { kind: 'stream', markdown: '您好，退款一般1-3天到账', finished: false }
  ],
  [
    '32 workflow branch',
    customMessage(REFERENCE.workflowBranch),
    {
      kind: 'workflowBranch',
      header: '请选择',
      items: [{ content: '是' }, { content: '否' }],
      status: 'editable',
      optionType: 1,
      taskInfo: { taskID: 123, nodeID: 'n1', env: 'prod' }
    }
  ],
  [
    '33 form from the desk',
    customMessage(REFERENCE.form),
    {
      kind: 'form',
      tip: '请完善信息',
      fields: [
        {
          name: '手机号', formType: 0, placeholder: '请输入', required: true, options: [], value: '',
          echo: { name: '手机号', formType: 0, placeholder: '请输入', isRequired: 1, variableValue: '' }
        },
        {
          name: '问题类型', formType: 1, required: false, options: ['退款', '换货'], value: '',
          echo: { name: '问题类型', formType: 1, isRequired: 0, chooseItemList: ['退款', '换货'], variableValue: '' }
        }
      ],
      status: 'editable'
    }
  ],
  [
    '33 our submission (out)',
    customMessage(REFERENCE.formSubmit, out),
    { kind: 'hidden', reason: 'ownFormSubmit' }
  ],
  [
    '33 from the desk without nodeStatus: read-only with its values (uni-app Desk kit: editable only when nodeStatus == 0)',
    customMessage(REFERENCE.formSubmit),
    {
      kind: 'form',
      fields: [{ name: '手机号', formType: 0, required: true, options: [], value: '13800000000', echo: { name: '手机号', isRequired: 1, variableValue: '13800000000' } }],
      status: 'readOnly'
    }
  ],
  ['35 thinking', customMessage(REFERENCE.thinking), { kind: 'thinking', done: false }],
  ['36 too many users', deskMessage({ src: '36' }), { kind: 'notice', notice: 'tooManyUsers' }],
  [
    '37 timeout warning',
    customMessage(REFERENCE.timeoutWarning),
    { kind: 'notice', notice: 'timeoutWarning', text: '您已长时间未回复，会话即将结束' }
  ],
  ['39 transfer to human', deskMessage({ src: '39', content: '正在为您转接人工' }), { kind: 'notice', notice: 'transferToHuman', text: '正在为您转接人工' }],
  ['40 session restarted', deskMessage({ src: '40' }), { kind: 'notice', notice: 'sessionRestarted' }]
]

const variants: Row[] = [
  ['13 updateBotStatus', deskMessage({ src: '13', content: { command: 'updateBotStatus', content: 'inBot' } }), { kind: 'botStatus', inBot: true }],
  ['13 updateBotStatus with an unknown state', deskMessage({ src: '13', content: { command: 'updateBotStatus', content: 'x' } }), { kind: 'hidden', reason: 'command' }],
  ['13 without content', deskMessage({ src: '13' }), { kind: 'hidden', reason: 'command' }],
  ['15 selected string', deskMessage({ src: '15', content: { header: 'h', items: ['a', 'b'], tail: '没有？', selected: 'a' } }),
    { kind: 'branch', header: 'h', items: [{ content: 'a' }, { content: 'b' }], tail: '没有？', selected: 'a' }],
  ['15 selected object', deskMessage({ src: '15', content: { items: [{ content: 'a', desc: '说明' }], selected: { content: 'a' } } }),
    { kind: 'branch', header: '', items: [{ content: 'a', desc: '说明' }], selected: 'a' }],
  ['21 free input', deskMessage({ src: '21', content: { type: 0, header: '您的订单号？' } }), { kind: 'formQuestion', choice: false, header: '您的订单号？', items: [] }],
  ['23 client may not request', deskMessage({ src: '23', content: { menuSendRuleFlag: '3' } }), { kind: 'ratingSettings', clientMayRequest: false }],
  ['25 state as the content itself', deskMessage({ src: '25', content: 'inBot' }), { kind: 'botStatus', inBot: true }],
  ['26 outSeat', deskMessage({ src: '26', content: { command: 'updateSeatStatus', content: 'outSeat' } }), { kind: 'notice', notice: 'agentLeft' }],
  ['28 fields at the top level', deskMessage({ src: '28', name: 'n', desc: 'd' }), { kind: 'order', name: 'n', desc: 'd', fields: [] }],
  ['29 clarify: a branch card titled by title', deskMessage({ src: '29', subtype: 'clarify_msg', content: { title: '您是想问', items: [{ content: 'A' }] } }),
    { kind: 'branch', header: '您是想问', items: [{ content: 'A' }] }],
  ['31 string chunks, finished', deskMessage({ src: '31', chunks: '完整回答', isFinished: 1 }), { kind: 'stream', markdown: '完整回答', finished: true }],
  ['31 empty first update', deskMessage({ src: '31', chunks: [], isFinished: 0 }), { kind: 'stream', markdown: '', finished: false }],
  ['32 expired, string taskID', deskMessage({ src: '32', status: 1, optionType: '1', taskInfo: { taskID: 't9', nodeID: 'n', env: 'test' }, content: { items: ['x'] } }),
    { kind: 'workflowBranch', header: '', items: [{ content: 'x' }], status: 'expired', optionType: 1, taskInfo: { taskID: 't9', nodeID: 'n', env: 'test' } }],
  ['32 submitted, no taskInfo', deskMessage({ src: '32', status: 2, content: { header: 'h', items: ['x'], selected: 'x' } }),
    { kind: 'workflowBranch', header: 'h', items: [{ content: 'x' }], status: 'submitted', optionType: 0, selected: 'x' }],
  ['33 filled form', deskMessage({ src: '33', nodeStatus: 2, content: { inputVariables: [{ name: '手机号', variableValue: '138' }] } }),
    { kind: 'form', fields: [{ name: '手机号', formType: 0, required: false, options: [], value: '138', echo: { name: '手机号', variableValue: '138' } }], status: 'filled' }],
  ['35 done', deskMessage({ src: '35', thinkingStatus: 1 }), { kind: 'thinking', done: true }],
  ['9 selected fills its label from the menu', deskMessage({ src: '9', menuContent: { type: 2, menu: [{ id: 5, content: '满意' }], selected: { id: '5' }, allowClientSendRating: false } }),
    { kind: 'rating', style: 'number', head: '', tail: '', options: [{ id: '5', content: '满意' }], sessionId: '', expireTime: 0, allowClientSendRating: false, selected: { id: '5', content: '满意' } }]
]

const unsupported = (detail: string, src?: string): DeskView => (src === undefined ? { kind: 'unsupported', detail } : { kind: 'unsupported', src, detail })
/** No row: a signal without its state, or what Tencent's kits hide on purpose. */
const hidden = (reason: 'signal' | 'foreign', detail: string): DeskView => ({ kind: 'hidden', reason, detail })

const robustness: Row[] = [
  ['numeric src', deskMessage({ src: 12 }), { kind: 'typing' }],
  ['numeric src of a card', deskMessage({ src: 30, content: 'hi' }), { kind: 'richText', markdown: 'hi' }],
  ['customerServicePlugin "0" (string)', customMessage({ src: '12', customerServicePlugin: '0' }), { kind: 'typing' }],
  ['customerServicePlugin missing', customMessage({ src: '12' }), unsupported('not a Desk message')],
  ['customerServicePlugin null (Number(null) is 0, still no marker)', customMessage({ src: '12', customerServicePlugin: null }), unsupported('not a Desk message')],
  ['customerServicePlugin ""', customMessage({ src: '12', customerServicePlugin: '' }), unsupported('not a Desk message')],
  ['customerServicePlugin 1', customMessage({ src: '12', customerServicePlugin: 1 }), unsupported('not a Desk message')],
  ['chatbotPlugin 1 is read by src like the kits do', customMessage({ chatbotPlugin: 1, src: '22', content: { header: 'x' } }), { kind: 'product', header: 'x', desc: '', fields: [] }],
  ['chatbotPlugin signal: hidden (the kits show none)', customMessage({ chatbotPlugin: 1, src: '23', content: { menuSendRuleFlag: 4 } }), hidden('foreign', 'chatbot plugin src 23 not shown by the kits')],
  ['chatbotPlugin 0 next to the Desk marker: the Desk marker decides', deskMessage({ chatbotPlugin: 0, src: '23', content: { menuSendRuleFlag: 4 } }), { kind: 'ratingSettings', clientMayRequest: true }],
  ['invalid JSON in payload.data', customMessage('{"src":"12",'), unsupported('custom data is not JSON')],
  ['empty payload.data', customMessage(''), unsupported('custom data is not JSON')],
  ['JSON that is not an object', customMessage('[0]'), unsupported('custom data is not an object')],
  ['JSON null', customMessage('null'), unsupported('custom data is not an object')],
  ['unknown src from a newer desk', deskMessage({ src: '99', content: { anything: 1 } }), unsupported('unknown src', '99')],
  ['a src the kits name but do not draw: hidden, as they hide it', deskMessage({ src: '42', content: {} }), hidden('foreign', 'src 42 not drawn by the kits')],
  ['src naming a prototype member', deskMessage({ src: 'constructor' }), unsupported('unknown src', 'constructor')],
  ['src missing', deskMessage({ content: 'x' }), unsupported('Desk message without src')],
  ['src of the wrong type', deskMessage({ src: { value: 12 } }), unsupported('Desk message without src')],
  ['extra unknown fields are ignored', deskMessage({ src: '29', subtype: 'welcome_msg', v: 3, content: { title: 't', items: [{ content: 'a', icon: 'x' }], more: [1] } }),
    { kind: 'welcome', title: 't', items: [{ content: 'a' }] }],
  ['numbers where strings belong', deskMessage({ src: '22', content: { header: 2024, desc: 3000, customField: [{ name: '数量', value: 2 }] } }),
    { kind: 'product', header: '2024', desc: '3000', fields: [{ name: '数量', value: '2' }] }],
  ['wrong types fall back to defaults', deskMessage({ src: '9', menuContent: { type: 'star', head: {}, menu: [{ id: '1', content: null }], expireTime: '1767225600', allowClientSendRating: 'yes', selected: {} } }),
    { kind: 'rating', style: 'number', head: '', tail: '', options: [{ id: '1', content: '' }], sessionId: '', expireTime: 1767225600, allowClientSendRating: true }],
  ['arrays that are not arrays; isRequired other than 1 is optional (as the kits read it)', deskMessage({ src: '33', nodeStatus: 0, content: { inputVariables: [{ name: 'a', formType: 1, chooseItemList: 'x,y', isRequired: 'true' }] } }),
    { kind: 'form', fields: [{ name: 'a', formType: 0, required: false, options: [], value: '', echo: { name: 'a', formType: 1, chooseItemList: 'x,y', isRequired: 'true' } }], status: 'editable' }],
  ['stream chunks of mixed types', deskMessage({ src: '31', chunks: ['a', 1, null, { t: 'x' }, 'b'] }), { kind: 'stream', markdown: 'a1b', finished: false }],
  ['notice content that is not a string', deskMessage({ src: '37', content: { text: 'x' } }), { kind: 'notice', notice: 'timeoutWarning' }],
  ['branch without items', deskMessage({ src: '15', content: { header: 'h', items: {} } }), unsupported('branch without items', '15')],
  ['branch without content', deskMessage({ src: '15' }), unsupported('branch without items', '15')],
  ['rating without options', deskMessage({ src: '9', menuContent: { head: 'h', menu: [{ content: 'no id' }] } }), unsupported('rating card without options', '9')],
  ['rating without menuContent', deskMessage({ src: '9' }), unsupported('rating card without options', '9')],
  ['choice question without items', deskMessage({ src: '21', content: { type: 1, header: 'h' } }), unsupported('form question without content', '21')],
  ['product without header', deskMessage({ src: '22', content: { desc: 'd' } }), unsupported('product card without header', '22')],
  ['order without name', deskMessage({ src: '28', content: { desc: 'd' } }), unsupported('order card without name', '28')],
  ['29 with an unknown subtype: a branch card, as the kits draw it', deskMessage({ src: '29', subtype: 'faq_msg', content: { items: ['a'] } }), { kind: 'branch', header: '', items: [{ content: 'a' }] }],
  ['welcome without items', deskMessage({ src: '29', subtype: 'welcome_msg', content: { title: 't' } }), unsupported('welcome without items', '29')],
  ['workflow branch without items', deskMessage({ src: '32', status: 0, content: { header: 'h' } }), unsupported('workflow branch without items', '32')],
  ['form without fields', deskMessage({ src: '33', nodeStatus: 0, content: { inputVariables: [{ name: ' ' }] } }), unsupported('form without fields', '33')],
  ['rich text without content', deskMessage({ src: '30', content: '  ' }), unsupported('rich text without content', '30')],
  ['stream without chunks', deskMessage({ src: '31', isFinished: 1 }), unsupported('stream without chunks', '31')],
  ['rating settings without flag', deskMessage({ src: '23', content: {} }), hidden('signal', 'rating settings without menuSendRuleFlag')],
  ['bot status without a state', deskMessage({ src: '25', content: {} }), hidden('signal', 'bot status without inBot/leaveBot')],
  ['seat status without a state', deskMessage({ src: '26' }), hidden('signal', 'seat status without inSeat/outSeat')]
]

const plainBodies: Row[] = [
  ['text', textMessage('你好'), { kind: 'text', text: '你好' }],
  ['image', message({ kind: 'image', url: 'https://i/1.png', thumbUrl: 'https://i/1s.png', width: 640, height: 480 }),
    { kind: 'image', url: 'https://i/1.png', thumbUrl: 'https://i/1s.png', width: 640, height: 480 }],
  ['image without the optional fields', message({ kind: 'image', url: 'https://i/1.png' }), { kind: 'image', url: 'https://i/1.png' }],
  ['video', message({ kind: 'video', url: 'https://v/1.mp4', coverUrl: 'https://v/1.jpg', duration: 12 }),
    { kind: 'video', url: 'https://v/1.mp4', coverUrl: 'https://v/1.jpg', duration: 12 }],
  ['file', message({ kind: 'file', url: 'https://f/a.pdf', name: 'a.pdf', size: 2048 }), { kind: 'file', url: 'https://f/a.pdf', name: 'a.pdf', size: 2048 }],
  ['sound (size is not part of the view)', message({ kind: 'sound', url: 'https://s/1.mp3', duration: 3, size: 100 }), { kind: 'sound', url: 'https://s/1.mp3', duration: 3 }],
  ['unknown body', message({ kind: 'unknown', type: 'TIMGroupTipElem' }), unsupported('unknown message type TIMGroupTipElem')],
  ['location', message({ kind: 'location', description: '深圳市南山区', latitude: 22.54, longitude: 113.93 }), { kind: 'location', description: '深圳市南山区', latitude: 22.54, longitude: 113.93 }],
  ['location off the globe: no map (0, 0), the description stays', message({ kind: 'location', description: '门店', latitude: 200, longitude: 'x' } as never), { kind: 'location', description: '门店', latitude: 0, longitude: 0 }],
  ['location with garbage: a location without place or map (the bubble says 位置)', message({ kind: 'location', description: ' ', latitude: Number.NaN, longitude: 1e9 }), { kind: 'location', description: ' ', latitude: 0, longitude: 0 }],
  ['face', message({ kind: 'face', index: 1, data: '[TUIEmoji_Smile]' }), { kind: 'face', index: 1, data: '[TUIEmoji_Smile]' }],
  ['face with garbage', message({ kind: 'face', index: 'x', data: { a: 1 } } as never), { kind: 'face', index: 0, data: '' }],
  ['relay, inline: at most 3 abstract lines, blank ones dropped', message({ kind: 'relay', title: '群聊的聊天记录', abstracts: ['a: 1', ' ', 'b: 2', 'c: 3', 'd: 4'], messages: [] }),
    { kind: 'relay', title: '群聊的聊天记录', abstracts: ['a: 1', 'b: 2', 'c: 3'], messages: [] }],
  ['relay stored apart: no messages (the viewer loads them)', message({ kind: 'relay', title: 't', abstracts: [] }), { kind: 'relay', title: 't', abstracts: [] }],
  ['relay with garbage', message({ kind: 'relay', title: 7, abstracts: 'x', messages: 'y' } as never), { kind: 'relay', title: '7', abstracts: [] }]
]

describe('decodeMessage', () => {
  it.each(referenceShapes)('reference shape: %s', (_name, input, expected) => {
    expect(decodeMessage(input)).toEqual(expected)
  })

  it.each(variants)('variant: %s', (_name, input, expected) => {
    expect(decodeMessage(input)).toEqual(expected)
  })

  it.each(robustness)('robustness: %s', (_name, input, expected) => {
    expect(decodeMessage(input)).toEqual(expected)
  })

  it.each(plainBodies)('plain body: %s', (_name, input, expected) => {
    expect(decodeMessage(input)).toEqual(expected)
  })

  it('covers every src code with at least one fixture', () => {
    const srcs = new Set(
      [...referenceShapes, ...variants].map(([name]) => name.split(' ')[0])
    )
    expect([...srcs].sort((a, b) => Number(a) - Number(b))).toEqual(
      ['7', '9', '10', '12', '13', '15', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '35', '36', '37', '39', '40']
    )
  })

  it('leaves optional fields absent rather than undefined', () => {
    const view = decodeMessage(deskMessage({ src: '15', content: { items: ['a'], tail: '', selected: null } }))
    expect(Object.keys(view).sort()).toEqual(['header', 'items', 'kind'])
  })

  it('caps huge arrays at 50 entries', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ content: `选项 ${i}` }))
    const fields = Array.from({ length: 500 }, (_, i) => ({ name: `f${i}`, variableValue: '' }))
    const menu = Array.from({ length: 500 }, (_, i) => ({ id: String(i), content: `${i}` }))
    const branchView = decodeMessage(deskMessage({ src: '15', content: { items } }))
    const formView = decodeMessage(deskMessage({ src: '33', nodeStatus: 0, content: { inputVariables: fields } }))
    const ratingView = decodeMessage(deskMessage({ src: '9', menuContent: { menu } }))
    expect(branchView.kind === 'branch' && branchView.items).toHaveLength(50)
    expect(formView.kind === 'form' && formView.fields).toHaveLength(50)
    expect(ratingView.kind === 'rating' && ratingView.options).toHaveLength(50)
  })

  it('hides a 33 form sent by the user even with a nodeStatus', () => {
    expect(decodeMessage(deskMessage({ src: '33', nodeStatus: 0, content: { inputVariables: [{ name: 'a' }] } }, { flow: 'out' })))
      .toEqual({ kind: 'hidden', reason: 'ownFormSubmit' })
  })

  it('survives a message that is not a ChatMessage at all', () => {
    const broken = [null, undefined, 42, 'text', {}, { body: null }, { body: { kind: 'custom' } }, { body: { kind: 'custom', data: 7 } }]
    for (const value of broken) {
      expect(decodeMessage(value as unknown as ChatMessage).kind).toBe('unsupported')
    }
  })

  it('survives a body whose getter throws', () => {
    const body = Object.defineProperty({}, 'kind', { get: () => { throw new Error('boom') } })
    expect(decodeMessage(message(body as never))).toEqual(unsupported('decode failed'))
  })
})
