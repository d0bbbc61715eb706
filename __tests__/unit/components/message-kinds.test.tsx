// Location, sticker and chat-record messages, and messages this version cannot draw, as rows of the rendered
// chat: what the user sees and can tap (roles, names, text). The chat-record viewer: inline records, records
// loaded through the transport's loadRelay, and a failed load with retry.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage, MessageBody } from '../../../src/customer-service/im/types'
import { translator } from '../../../src/customer-service/i18n/strings'
import { launchParamsFor } from '../../builders/launch'
import { textMessage } from '../../builders/messages'
import { typeInto } from '../../builders/taro-input'

const ACCOUNT = '@customer_service_account'

async function openChat(language: 'zh' | 'en' = 'zh') {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const view = render(<ChatScreen params={launchParamsFor({ language })} transport={desk} />)
  await screen.findAllByText(language === 'zh' ? '猜你想问' : /./)
  const says = (body: MessageBody, extra: Partial<ChatMessage> = {}) => {
    let m!: ChatMessage
    act(() => {
      m = desk.deskSays(ACCOUNT, body, extra)
    })
    return m
  }
  const saysDesk = (payload: Record<string, unknown>) => says({ kind: 'custom', data: JSON.stringify(payload) })
  return { desk, says, saysDesk, unmount: view.unmount }
}

const inner = (text: string, nick: string, time: number): ChatMessage => ({ ...textMessage(text, { nick, time }), conversationId: '' })
const record: MessageBody = {
  kind: 'relay',
  title: '与客服的聊天记录',
  abstracts: ['我: 怎么退款？', '小腾: 请在订单页申请', '我: 好的'],
  messages: [inner('怎么退款？', '我', 1_700_000_000), inner('请在订单页申请', '小腾', 1_700_000_060), { ...inner('', '小腾', 1_700_000_061), body: { kind: 'image', url: 'https://example.com/r.png' } }]
}

afterEach(() => jest.restoreAllMocks())

describe('message kinds in the list', () => {
  it('a location shows 📍 and its description (no map on H5: not a button)', async () => {
    const { says, unmount } = await openChat()
    says({ kind: 'location', description: '深圳市南山区腾讯滨海大厦', latitude: 22.52, longitude: 113.93 })
    expect(await screen.findByLabelText('位置: 深圳市南山区腾讯滨海大厦')).toHaveTextContent('📍 深圳市南山区腾讯滨海大厦')
    expect(screen.queryByRole('button', { name: /位置/ })).toBeNull()
    unmount()
  })

  it('on weapp a location is a button that opens the map at its coordinates; 0, 0 (no coordinates) opens nothing', () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      jest.isolateModules(() => {
        /* eslint-disable @typescript-eslint/no-var-requires -- a fresh module copy that reads TARO_ENV at import */
        const { LocationBubble } = require('../../../src/customer-service/components/messages/KindBubbles')
        const Taro = require('@tarojs/taro').default
        /* eslint-enable @typescript-eslint/no-var-requires */
        const open = jest.spyOn(Taro, 'openLocation').mockResolvedValue({})
        const t = translator('zh')
        const { unmount } = render(<LocationBubble description='腾讯滨海大厦' latitude={22.52} longitude={113.93} t={t} />)
        fireEvent.click(screen.getByRole('button', { name: '位置: 腾讯滨海大厦' }))
        expect(open).toHaveBeenCalledWith({ latitude: 22.52, longitude: 113.93, name: '腾讯滨海大厦' })
        unmount()
        render(<LocationBubble description='门店' latitude={0} longitude={0} t={t} />)
        expect(screen.queryByRole('button')).toBeNull()
      })
    } finally {
      process.env.TARO_ENV = env
    }
  })

  it('a sticker reads as its name, or [表情] for a file key', async () => {
    const { says, unmount } = await openChat()
    says({ kind: 'face', index: 0, data: '[TUIEmoji_Smile]' })
    says({ kind: 'face', index: 1, data: 'yz00@2x' })
    expect(await screen.findByText('[Smile]')).toBeInTheDocument()
    expect(await screen.findByText('[表情]')).toBeInTheDocument()
    unmount()
  })

  it('a chat record shows title, abstract lines and 聊天记录; a tap opens a read-only viewer that closes', async () => {
    const { says, unmount } = await openChat()
    says(record)
    const bubble = await screen.findByRole('button', { name: '聊天记录: 与客服的聊天记录' })
    expect(bubble).toHaveTextContent('我: 怎么退款？')
    expect(bubble).toHaveTextContent('小腾: 请在订单页申请')
    fireEvent.click(bubble)
    const dialog = await screen.findByRole('dialog', { name: '与客服的聊天记录' })
    expect(within(dialog).getByText('请在订单页申请')).toBeInTheDocument()
    expect(within(dialog).getAllByText('小腾')).toHaveLength(2)
    expect(within(dialog).getByText('[图片]')).toBeInTheDocument()
    expect(within(dialog).queryByRole('textbox')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '关闭' })))
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    fireEvent.click(bubble)
    await screen.findByRole('dialog')
    fireEvent.keyDown(document, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    unmount()
  })

  it('a record stored apart is loaded through loadRelay; a failed load says so and retries on tap', async () => {
    const { desk, says, unmount } = await openChat()
    let fail = true
    const loadRelay = jest.fn(async (id: string) => {
      if (fail) throw { code: 2801, reason: 'network', retryable: true }
      return id ? [inner('第一句', '小腾', 1_700_000_000)] : []
    })
    Object.assign(desk, { loadRelay })
    const m = says({ kind: 'relay', title: '很长的记录', abstracts: ['小腾: 第一句'] })
    fireEvent.click(await screen.findByRole('button', { name: '聊天记录: 很长的记录' }))
    const dialog = await screen.findByRole('dialog', { name: '很长的记录' })
    const retry = await within(dialog).findByRole('button', { name: '加载失败，点击重试' })
    expect(loadRelay).toHaveBeenCalledWith(m.id)
    fail = false
    fireEvent.click(retry)
    expect(await within(dialog).findByText('第一句')).toBeInTheDocument()
    expect(within(dialog).queryByText('加载失败，点击重试')).toBeNull()
    expect(loadRelay).toHaveBeenCalledTimes(2)
    unmount()
  })

  it('a transport that cannot load records: the viewer says the load failed (never an empty sheet)', async () => {
    const { says, unmount } = await openChat()
    says({ kind: 'relay', title: '记录', abstracts: [] })
    fireEvent.click(await screen.findByRole('button', { name: '聊天记录: 记录' }))
    expect(await within(await screen.findByRole('dialog')).findByRole('button', { name: '加载失败，点击重试' })).toBeInTheDocument()
    unmount()
  })
})

describe('the demo desk', () => {
  it('answers 地址 with a location and 记录 with a chat record that opens', async () => {
    const { unmount } = await openChat()
    for (const word of ['地址', '记录']) {
      await typeInto('请输入您的问题', word)
      fireEvent.click(await screen.findByRole('button', { name: '发送' }))
    }
    expect(await screen.findByLabelText(/^位置: 深圳市南山区/)).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('button', { name: '聊天记录: 历史咨询记录' }))
    expect(await within(await screen.findByRole('dialog')).findByText('已为您加急，预计明天发出')).toBeInTheDocument()
    unmount()
  })
})

describe('messages this version cannot draw', () => {
  it('an unknown IM element and an unknown Desk src each show 此消息暂不支持显示; what the kits hide stays hidden', async () => {
    const { says, saysDesk, unmount } = await openChat()
    says({ kind: 'unknown', type: 'TIMGroupTipElem' })
    saysDesk({ customerServicePlugin: 0, src: '99', content: { from: 'a newer desk' } })
    saysDesk({ businessID: 'order', customerServicePlugin: 0, src: '15', content: { header: '业务消息', items: ['a'] } })
    saysDesk({ chatbotPlugin: 1, src: '23', content: { menuSendRuleFlag: 4 } })
    says({ kind: 'text', text: '最后一条' })
    await screen.findByText('最后一条')
    expect(screen.getAllByText('此消息暂不支持显示')).toHaveLength(2)
    expect(screen.queryByText('业务消息')).toBeNull()
    unmount()
  })

  it('in English', async () => {
    const { says, unmount } = await openChat('en')
    says({ kind: 'unknown', type: 'TIMSomethingNew' })
    expect(await screen.findByText("This message can't be shown yet")).toBeInTheDocument()
    unmount()
  })
})
