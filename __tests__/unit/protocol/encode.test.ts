// The builders: the JSON each one puts on the wire, and that our own decoder reads it back.
import {
  answerMenu,
  answerWorkflow,
  decodeMessage,
  endHumanSession,
  productCard,
  requestRating,
  startSession,
  submitForm,
  submitRating,
  transferToHuman
} from '../../../src/customer-service/protocol'
import type { DeskView, OutgoingDesk } from '../../../src/customer-service/protocol'
import { sentMessage } from './builders'

type WorkflowView = Extract<DeskView, { kind: 'workflowBranch' }>

/** The parsed payload of a custom send, with its onlineUserOnly flag. */
function custom(outgoing: OutgoingDesk) {
  if (outgoing.kind !== 'custom') throw new Error(`expected a custom message, got ${outgoing.kind}`)
  return { payload: JSON.parse(outgoing.data) as unknown, onlineUserOnly: outgoing.onlineUserOnly }
}

const workflow = (overrides: Partial<WorkflowView> = {}): WorkflowView => ({
  kind: 'workflowBranch',
  header: '请选择',
  items: [{ content: '是' }, { content: '否' }],
  status: 'editable',
  optionType: 1,
  taskInfo: { taskID: 123, nodeID: 'n1', env: 'prod' },
  ...overrides
})

describe('Desk custom messages', () => {
  it('startSession: src 7 with the language, online only', () => {
    expect(custom(startSession('zh'))).toEqual({
      payload: { src: '7', customerServicePlugin: 0, triggeredContent: { language: 'zh' } },
      onlineUserOnly: true
    })
    expect(custom(startSession('en')).payload).toMatchObject({ triggeredContent: { language: 'en' } })
  })

  it('submitRating: src 10 with the option and session, stored (not online only)', () => {
    expect(custom(submitRating({ id: '5', content: '非常满意' }, 's1'))).toEqual({
      payload: { src: '10', customerServicePlugin: 0, menuSelected: { id: '5', content: '非常满意', sessionId: 's1' } },
      onlineUserOnly: false
    })
  })

  it('requestRating: src 24, online only', () => {
    expect(custom(requestRating())).toEqual({ payload: { src: '24', customerServicePlugin: 0 }, onlineUserOnly: true })
  })

  it('endHumanSession: src 27 and the marker only, online only', () => {
    expect(custom(endHumanSession())).toEqual({ payload: { src: '27', customerServicePlugin: 0 }, onlineUserOnly: true })
  })

  it('productCard: src 22 with the card under content; absent optional fields are left out', () => {
    const field = { name: '订单号', value: '111' }
    expect(custom(productCard({ header: '智能客服高级版', desc: '¥3000/月', pic: 'https://p', url: 'https://u', customField: [field] }))).toEqual({
      payload: {
        src: '22',
        customerServicePlugin: 0,
        content: { header: '智能客服高级版', desc: '¥3000/月', pic: 'https://p', url: 'https://u', customField: [field] }
      },
      onlineUserOnly: false
    })
    expect(custom(productCard({ header: 'h', desc: 'd' })).payload).toEqual({ src: '22', customerServicePlugin: 0, content: { header: 'h', desc: 'd' } })
  })

  it('submitForm: src 33 in the submission shape (name, variableValue, isRequired; no nodeStatus)', () => {
    const outgoing = submitForm([
      { name: '手机号', formType: 0, placeholder: '请输入', required: true, options: [], value: '13800000000' },
      { name: '问题类型', formType: 1, required: false, options: ['退款', '换货'], value: '退款' }
    ])
    expect(custom(outgoing)).toEqual({
      payload: {
        src: '33',
        customerServicePlugin: 0,
        content: {
          inputVariables: [
            { name: '手机号', variableValue: '13800000000', isRequired: 1 },
            { name: '问题类型', variableValue: '退款', isRequired: 0 }
          ]
        }
      },
      onlineUserOnly: false
    })
  })

  it('every custom payload carries the Desk marker 0 and a string src', () => {
    const all = [
      startSession('zh'), submitRating({ id: '1', content: 'x' }, 's'), requestRating(), endHumanSession(),
      productCard({ header: 'h', desc: 'd' }), submitForm([])
    ]
    for (const outgoing of all) {
      expect(custom(outgoing).payload).toMatchObject({ customerServicePlugin: 0, src: expect.any(String) })
    }
  })
})

describe('answers sent as text', () => {
  it('answerMenu sends the item text', () => {
    expect(answerMenu({ content: '订单问题', desc: '说明' })).toEqual({ kind: 'text', text: '订单问题' })
  })

  it('transferToHuman sends the console keyword (人工服务 by default)', () => {
    expect(transferToHuman()).toEqual({ kind: 'text', text: '人工服务' })
    expect(transferToHuman('转人工')).toEqual({ kind: 'text', text: '转人工' })
  })

  it('answerWorkflow with optionType 1 names the node in cloudCustomData', () => {
    const outgoing = answerWorkflow(workflow(), { content: '是' })
    expect(outgoing).toEqual({ kind: 'text', text: '是', cloudCustomData: expect.any(String) })
    if (outgoing.kind !== 'text') throw new Error('expected text')
    expect(outgoing.cloudCustomData).toBe('{"BranchOptionInfo":{"taskID":123,"env":"prod","nodeID":"n1"}}')
  })

  it('answerWorkflow keeps a string taskID as a string', () => {
    const outgoing = answerWorkflow(workflow({ taskInfo: { taskID: 't9', nodeID: 'n', env: 'test' } }), { content: '否' })
    expect(outgoing.kind === 'text' && JSON.parse(outgoing.cloudCustomData ?? 'null')).toEqual({ BranchOptionInfo: { taskID: 't9', env: 'test', nodeID: 'n' } })
  })

  it('answerWorkflow sends plain text for other option types or without taskInfo', () => {
    expect(answerWorkflow(workflow({ optionType: 0 }), { content: '是' })).toEqual({ kind: 'text', text: '是' })
    expect(answerWorkflow(workflow({ taskInfo: undefined }), { content: '是' })).toEqual({ kind: 'text', text: '是' })
  })
})

describe('round trip through decodeMessage (as our own sent messages)', () => {
  it('control messages are hidden', () => {
    for (const outgoing of [startSession('zh'), submitRating({ id: '5', content: '非常满意' }, 's1'), requestRating(), endHumanSession()]) {
      expect(decodeMessage(sentMessage(outgoing))).toEqual({ kind: 'hidden', reason: 'control' })
    }
  })

  it('a product card decodes to the product view', () => {
    const outgoing = productCard({ header: '智能客服高级版', desc: '¥3000/月', pic: 'https://p', url: 'https://u', customField: [{ name: '订单号', value: '111' }] })
    expect(decodeMessage(sentMessage(outgoing))).toEqual({
      kind: 'product', header: '智能客服高级版', desc: '¥3000/月', pic: 'https://p', url: 'https://u', fields: [{ name: '订单号', value: '111' }]
    })
  })

  it('a form submission is hidden as our own', () => {
    const outgoing = submitForm([{ name: '手机号', formType: 0, required: true, options: [], value: '138' }])
    expect(decodeMessage(sentMessage(outgoing))).toEqual({ kind: 'hidden', reason: 'ownFormSubmit' })
  })

  it('text answers decode as text', () => {
    expect(decodeMessage(sentMessage(answerWorkflow(workflow(), { content: '是' })))).toEqual({ kind: 'text', text: '是' })
  })
})
