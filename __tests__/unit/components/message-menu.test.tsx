// The long-press menu in the rendered chat: only the actions that apply (copy for text, quote for real sent
// messages, recall for own messages within 2 minutes), no menu at all when none applies; accessible on H5
// (role menu/menuitem with names, focus moves in, Escape and a tap outside close it).
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { anchorId } from '../../../src/customer-service/components/list/window'
import { menuActions } from '../../../src/customer-service/components/messages/MessageMenu'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage, MessageBody } from '../../../src/customer-service/im/types'
import { toItem } from '../../../src/customer-service/store/messages'
import { deskMessage, textMessage } from '../../builders/messages'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'

const ACCOUNT = '@customer_service_account'

async function openChat() {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const view = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
  await screen.findAllByText('猜你想问')
  const says = (body: MessageBody, extra: Partial<ChatMessage> = {}) => {
    let m!: ChatMessage
    act(() => {
      m = desk.deskSays(ACCOUNT, body, extra)
    })
    return m
  }
  return { desk, says, unmount: view.unmount }
}

async function longPress(id: string) {
  const bubble = await waitFor(() => {
    const el = document.getElementById(anchorId(id))?.querySelector('.cs-bubble, .cs-row__card')
    if (!el) throw new Error(`no bubble for ${id}`)
    return el
  })
  fireEvent(bubble, new Event('longpress'))
}

/** Taro's H5 views move their children in place once loaded (a move drops focus): wait for the bubble's views. */
async function loaded(el: Element) {
  for (let at: Element | null = el; at; at = at.parentElement) await act(async () => void (await (at as Element & { componentOnReady?: () => Promise<unknown> }).componentOnReady?.()))
}

const items = () => screen.queryAllByRole('menuitem').map((el) => el.textContent)

/** Sends a text through the composer; resolves with the message as the desk took it. */
async function sendOwn(desk: DemoDesk, text: string): Promise<string> {
  const send = jest.spyOn(desk, 'sendText')
  await typeInto('请输入您的问题', text)
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
  await waitFor(() => expect(send).toHaveBeenCalled())
  const sent = await (send.mock.results[0].value as Promise<ChatMessage>)
  send.mockRestore()
  return sent.id
}

afterEach(() => jest.restoreAllMocks())

describe('long-press menu', () => {
  it('an incoming text offers 复制 and 引用 in a named menu; 复制 copies and says 已复制; the menu closes', async () => {
    const { says, unmount } = await openChat()
    const clip = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'ok' } as never)
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    const m = says({ kind: 'text', text: '订单号 2024001' })
    await longPress(m.id)
    expect(await screen.findByRole('menu', { name: '消息操作' })).toBeInTheDocument()
    expect(items()).toEqual(['复制', '引用'])
    fireEvent.click(screen.getByRole('menuitem', { name: '复制' }))
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '已复制', icon: 'none' }))
    expect(clip).toHaveBeenCalledWith({ data: '订单号 2024001' })
    expect(screen.queryByRole('menu')).toBeNull()
    unmount()
  })

  it('focus moves to the first item; arrows move it; Escape closes; so does a tap outside', async () => {
    const { says, unmount } = await openChat()
    const m = says({ kind: 'text', text: '你好' })
    await longPress(m.id)
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: '复制' })))
    fireEvent.keyDown(document, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: '引用' }))
    fireEvent.keyDown(document, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    await longPress(m.id)
    fireEvent.click(document.querySelector('.cs-tools .cs-sheet__mask')!)
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    unmount()
  })

  it('my own text: 复制, 引用 and 撤回 within two minutes; 撤回 recalls it; after two minutes no 撤回', async () => {
    const { desk, unmount } = await openChat()
    const revoke = jest.spyOn(desk, 'revoke')
    const id = await sendOwn(desk, '我想退货')
    await waitFor(() => expect(document.getElementById(anchorId(id))?.querySelector('.cs-row__sending')).toBeNull())
    await longPress(id)
    expect(items()).toEqual(['复制', '引用', '撤回'])
    fireEvent.keyDown(document, { key: 'Escape' })
    const sentAt = Date.now()
    jest.spyOn(Date, 'now').mockReturnValue(sentAt + 121_000)
    await longPress(id)
    expect(items()).toEqual(['复制', '引用'])
    fireEvent.keyDown(document, { key: 'Escape' })
    jest.spyOn(Date, 'now').mockReturnValue(sentAt)
    await longPress(id)
    fireEvent.click(screen.getByRole('menuitem', { name: '撤回' }))
    await waitFor(() => expect(revoke).toHaveBeenCalledWith(id))
    expect(await screen.findByText('你撤回了一条消息')).toBeInTheDocument()
    unmount()
  })

  it('H5 mouse: a right-click on a bubble opens the same menu instead of the browser’s', async () => {
    const { says, unmount } = await openChat()
    const m = says({ kind: 'text', text: '右键试试' })
    const bubble = await waitFor(() => document.getElementById(anchorId(m.id))?.querySelector('.cs-bubble') ?? Promise.reject(new Error('no bubble')))
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
    fireEvent(bubble, event)
    expect(event.defaultPrevented).toBe(true)
    expect(await screen.findByRole('menu', { name: '消息操作' })).toBeInTheDocument()
    expect(items()).toEqual(['复制', '引用'])
    unmount()
  })

  it('H5 keyboard: a bubble takes focus; Shift+F10 or the menu key opens the menu; Escape gives focus back', async () => {
    const { desk, says, unmount } = await openChat()
    const m = says({ kind: 'text', text: '键盘用户' })
    const bubble = await waitFor(() => document.getElementById(anchorId(m.id))?.querySelector<HTMLElement>('.cs-bubble') ?? Promise.reject(new Error('no bubble')))
    expect(bubble.tabIndex).toBe(0)
    await loaded(bubble)
    // Taro's H5 views may still move their children into place (a move drops focus): focus until it holds.
    await waitFor(
      () => {
        if (document.activeElement !== bubble) bubble.focus()
        expect(document.activeElement).toBe(bubble)
      },
      { timeout: 5000 }
    )
    fireEvent.keyDown(bubble, { key: 'F10', shiftKey: true })
    expect(await screen.findByRole('menu')).toBeInTheDocument()
    fireEvent.keyDown(document, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    // Slow machines: the focus comes back after the menu's own deferred focus settles.
    await waitFor(() => expect(document.activeElement).toBe(bubble), { timeout: 5000 })
    fireEvent.keyDown(bubble, { key: 'ContextMenu' })
    expect(items()).toEqual(['复制', '引用'])
    fireEvent.keyDown(document, { key: 'Escape' })
    // A card too: the menu key opens it; other keys (a plain F10) do nothing.
    let card!: ChatMessage
    act(() => {
      card = desk.deskSaysDesk(ACCOUNT, { src: '22', content: { header: '保温杯', desc: '¥59' } })
    })
    const cardEl = await waitFor(() => document.getElementById(anchorId(card.id))?.querySelector<HTMLElement>('.cs-row__card') ?? Promise.reject(new Error('no card')))
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    fireEvent.keyDown(cardEl, { key: 'F10' })
    expect(screen.queryByRole('menu')).toBeNull()
    fireEvent.keyDown(cardEl, { key: 'ContextMenu' })
    expect(items()).toEqual(['引用'])
    unmount()
  })

  it('notices and unsupported messages are system lines: nothing there to long-press', async () => {
    const { desk, unmount } = await openChat()
    const rows = [desk.deskSaysDesk(ACCOUNT, { src: '19' }), desk.deskSaysDesk(ACCOUNT, { src: '99' })]
    await act(async () => undefined)
    for (const m of rows) {
      const row = await waitFor(() => document.getElementById(anchorId(m.id)) ?? Promise.reject(new Error('no row')))
      expect(row.querySelector('.cs-bubble, .cs-row__card')).toBeNull()
      expect(row.querySelector('.cs-system')).not.toBeNull()
    }
    unmount()
  })

  it('a card offers 引用 only; an image too', async () => {
    const { desk, says, unmount } = await openChat()
    const card = desk.deskSaysDesk(ACCOUNT, { src: '22', content: { header: '保温杯', desc: '¥59' } })
    await act(async () => undefined)
    await longPress(card.id)
    expect(items()).toEqual(['引用'])
    fireEvent.keyDown(document, { key: 'Escape' })
    const img = says({ kind: 'image', url: 'https://example.com/a.png' })
    await longPress(img.id)
    expect(items()).toEqual(['引用'])
    unmount()
  })
})

describe('menuActions (what applies to which message)', () => {
  const now = 1_700_000_100_000
  const at = (s: number) => ({ time: s })
  it.each<[string, ReturnType<typeof toItem>, string[]]>([
    ['incoming text', toItem(textMessage('x')), ['copy', 'quote']],
    ['incoming rich text', toItem(deskMessage({ src: '30', content: '**a**' })), ['copy', 'quote']],
    ['a stream', toItem(deskMessage({ src: '31', chunks: ['a'], isFinished: 0 })), ['copy', 'quote']],
    ['own text 30 s old', toItem(textMessage('x', { flow: 'out', ...at(1_700_000_070) })), ['copy', 'quote', 'recall']],
    ['own text 3 min old', toItem(textMessage('x', { flow: 'out', ...at(1_699_999_920) })), ['copy', 'quote']],
    ['own text still sending', toItem(textMessage('x', { flow: 'out', status: 'sending', ...at(1_700_000_090) })), ['copy']],
    ['own text that failed', toItem(textMessage('x', { flow: 'out', status: 'failed', ...at(1_700_000_090) })), ['copy']],
    ['a recalled message', toItem(textMessage('x', { isRevoked: true })), []]
  ])('%s', (_name, item, expected) => {
    expect(menuActions(item, now, true)).toEqual(expected)
  })

  it('no 引用 when the screen cannot quote', () => {
    expect(menuActions(toItem(textMessage('x')), now, false)).toEqual(['copy'])
  })
})
