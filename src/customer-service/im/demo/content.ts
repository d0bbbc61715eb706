// What the demo desk says. Real Desk shapes (see docs/desk-protocol.md), demo words.

export const BOT = { nick: '智能客服' }
/**
 * How the Desk marks who sent a message (cloudCustomData role 'robot' | 'seat', Tencent Cloud Chat doc
 * 269/119743); the uni-app Desk kit draws role 'robot' as the bot and any other incoming one as the agent.
 */
export const ROBOT_MARK = JSON.stringify({ role: 'robot' })
export const SEAT_MARK = JSON.stringify({ role: 'seat' })
/** No avatar: the demo runs offline, so the agent shows as its initial (a real agent's IM profile avatar shows as a picture). */
export const AGENT = { nick: '客服小美', id: 'demo_agent_01' }

// Six items: the welcome card shows five and 换一批 for the sixth, as Tencent's kits page a long list.
export const WELCOME_ITEMS = ['如何退款？', '订单问题', '我要退款', '修改收货地址', '人工服务', '会员权益说明']

export const ORDER_MENU = { header: '请选择订单问题类型', items: ['查询物流', '申请退款', '修改收货地址'] }

export const REFUND_ANSWER = [
  '您好，退款说明如下：\n\n',
  '1. 未发货订单：申请后**立即**原路退回；\n',
  '2. 已发货订单：收到退货后 1–3 个工作日到账；\n',
  '3. 使用优惠券的订单，按实付金额退款。\n\n',
  '如需人工协助，请点击下方「人工服务」。'
]

/** A title-only branch (no header), as the Desk sends for some menus. */
export const REFUND_REASONS = { title: '请选择退款原因', items: ['不想要了', '商品有破损', '其他原因'] }

export const refundReasonAnswer = (reason: string) =>
  reason === '商品有破损'
    ? '很抱歉给您带来不便，已为您登记退款申请（原因：商品有破损），请在订单页上传破损照片以便尽快审核。'
    : `已为您登记退款申请（原因：${reason}），审核结果将通过消息通知您。`

/** What a short, vague question about refunds gets: a clarify card (src 29 clarify_msg). */
export const REFUND_CLARIFY = { title: '您是想问以下哪个问题？', content: '为您找到以下相关问题', items: ['如何退款？', '退款多久到账？', '申请退款'] }

export const REFUND_TIME_ANSWER = ['退款审核通过后原路退回，', '一般 **1–3 个工作日** 到账。']

export const GENERIC_ANSWER = ['这是演示客服的 AI 回答：', '我已经收到您的问题，', '真实环境中这里会是智能客服根据知识库生成的内容。']

export const MEMBER_MARKDOWN = [
  '## 会员权益说明',
  '',
  '| 等级 | 折扣 | 免运费 |',
  '| --- | --- | --- |',
  '| 普通会员 | 无 | 满 99 元 |',
  '| 黄金会员 | 95 折 | 全场 |',
  '',
  '- 生日当月赠送 **双倍积分**',
  '- 详情见 [会员中心](https://example.com/member)'
].join('\n')

export const ADDRESS_FORM = {
  tip: '请完善以下信息，我们将为您修改收货地址',
  inputVariables: [
    { name: '手机号', formType: 0, placeholder: '请输入下单手机号', isRequired: 1, variableValue: '' },
    { name: '新地址', formType: 0, placeholder: '省 / 市 / 区 / 详细地址', isRequired: 1, variableValue: '' },
    { name: '修改原因', formType: 1, isRequired: 0, chooseItemList: ['地址填错', '临时出差', '其他'], variableValue: '' }
  ]
}

/** The tip of the read-only copy of a submitted form the desk sends back. */
export const FORM_SUMMARY_TIP = '您提交的信息'

export const LOGISTICS_WORKFLOW = {
  header: '请问您的订单是否已经发货？',
  items: ['已发货', '未发货'],
  taskInfo: { taskID: 10086, nodeID: 'node-shipped', env: 'demo' }
}

export const RATING_MENU = {
  type: 1,
  head: '请对本次服务进行评价',
  tail: '感谢您的评价，我们会继续努力！',
  menu: [
    { id: '1', content: '非常不满意' },
    { id: '2', content: '不满意' },
    { id: '3', content: '一般' },
    { id: '4', content: '满意' },
    { id: '5', content: '非常满意' }
  ]
}

export const HUMAN_KEYWORDS = ['人工服务', '转人工', '人工']
