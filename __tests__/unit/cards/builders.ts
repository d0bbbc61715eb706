// View-model builders for card tests: ListItems (ChatMessage + decoded view) with overrides,
// fake card actions, and the props every renderer gets.
import type { ViewOf } from '../../../src/customer-service/components/cards/parts'
import type { CardActions, RendererProps } from '../../../src/customer-service/components/messages/types'
import { translator } from '../../../src/customer-service/i18n/strings'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import type { DeskView, DeskViewKind, MenuItem, RatingOption } from '../../../src/customer-service/protocol/types'
import type { FormResult } from '../../../src/customer-service/session/service'
import type { ListItem } from '../../../src/customer-service/store/state'
import { textMessage } from '../../builders/messages'

export type CardItem<K extends DeskViewKind> = ListItem & { view: ViewOf<K> }

// The card's message is a plain Desk custom message from the shared builder; the view is what the test needs.
function listItem<V extends DeskView>(view: V, message: Partial<ChatMessage> = {}): ListItem & { view: V } {
  return { ...textMessage('', { body: { kind: 'custom', data: '{}' }, ...message }), view }
}

type Over<K extends DeskViewKind> = Partial<Omit<ViewOf<K>, 'kind'>>

export const welcomeItem = (o: Over<'welcome'> = {}) =>
  listItem<ViewOf<'welcome'>>({ kind: 'welcome', title: '猜你想问', items: [{ content: '如何退款？' }, { content: '物流查询' }], ...o })

export const branchItem = (o: Over<'branch'> = {}) =>
  listItem<ViewOf<'branch'>>({
    kind: 'branch',
    header: '请选择问题类型',
    items: [{ content: '订单问题', desc: '下单、支付' }, { content: '售后问题' }],
    tail: '没有找到？可以直接输入',
    ...o
  })

export const workflowItem = (o: Over<'workflowBranch'> = {}) =>
  listItem<ViewOf<'workflowBranch'>>({ kind: 'workflowBranch', header: '是否已收到货？', items: [{ content: '是' }, { content: '否' }], status: 'editable', optionType: 1, ...o })

export const formQuestionItem = (o: Over<'formQuestion'> = {}) =>
  listItem<ViewOf<'formQuestion'>>({ kind: 'formQuestion', choice: true, header: '选择城市', items: [{ content: '北京' }, { content: '上海' }], ...o })

export const formItem = (o: Over<'form'> = {}) =>
  listItem<ViewOf<'form'>>({
    kind: 'form',
    tip: '请完善信息',
    status: 'editable',
    fields: [
      { name: '手机号', formType: 0, placeholder: '请输入手机号', required: true, options: [], value: '' },
      { name: '新地址', formType: 0, placeholder: '详细地址', required: true, options: [], value: '' },
      { name: '修改原因', formType: 1, required: false, options: ['地址填错', '其他'], value: '' }
    ],
    ...o
  })

export const productItem = (o: Over<'product'> = {}) =>
  listItem<ViewOf<'product'>>({
    kind: 'product',
    header: '智能客服高级版',
    desc: '¥3000/月',
    pic: 'https://example.com/p.png',
    url: 'https://example.com/p',
    fields: [{ name: '订单号', value: '111' }],
    ...o
  })

export const orderItem = (o: Over<'order'> = {}) =>
  listItem<ViewOf<'order'>>({
    kind: 'order',
    guide: '您咨询的订单',
    name: '蓝牙耳机',
    desc: '已发货',
    pic: 'https://example.com/o.png',
    url: 'https://example.com/o',
    fields: [{ name: '运单号', value: 'SF123' }],
    ...o
  })

export const STARS: RatingOption[] = ['非常不满意', '不满意', '一般', '满意', '非常满意'].map((content, i) => ({ id: String(i + 1), content }))

export const ratingItem = (o: Over<'rating'> = {}) =>
  listItem<ViewOf<'rating'>>({
    kind: 'rating',
    style: 'star',
    head: '请对本次服务评价',
    tail: '感谢评价！',
    options: STARS,
    sessionId: 's1',
    expireTime: 0,
    allowClientSendRating: true,
    ...o
  })

export const textItem = (text: string) => listItem<DeskView>({ kind: 'text', text })

export function fakeActions() {
  return {
    answerMenu: jest.fn<void, [string, MenuItem]>(),
    answerWorkflow: jest.fn<void, [string, MenuItem]>(),
    submitForm: jest.fn<Promise<FormResult>, [string, Record<string, string>]>(async () => ({ ok: true })),
    submitRating: jest.fn<void, [string, RatingOption]>(),
    previewImage: jest.fn<void, [string]>(),
    openLink: jest.fn<void, [string]>(),
    feedback: jest.fn<void, [string, boolean]>()
  } satisfies CardActions
}

export type FakeActions = ReturnType<typeof fakeActions>

/** Renderer props around an item: zh, unanswered, not rated, now = 1.7e9 s. */
export function propsFor<V extends DeskView>(item: ListItem & { view: V }, o: Partial<Omit<RendererProps<V>, 'item' | 'actions'>> = {}) {
  return { item, rated: false, now: 1_700_000_000, t: translator('zh'), ...o, actions: fakeActions() }
}
