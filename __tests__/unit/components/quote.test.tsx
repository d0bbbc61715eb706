// Quoting in the chat screen, by roles and text: long-press → 引用 shows the quote above the input (cancelable);
// the sent text carries it and shows it in its bubble; the desk quotes back; a tap on a quote brings the original
// into view, or says it is no longer on screen; a recalled original and a malformed quote each give a clear state.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { anchorId } from '../../../src/customer-service/components/list/window'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage, MessageBody, SendOptions } from '../../../src/customer-service/im/types'
import type { LaunchParams } from '../../../src/customer-service/launch/types'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'
import { custom } from '../extensions/builders'

const ACCOUNT = '@customer_service_account'
const text = (t: string): MessageBody => ({ kind: 'text', text: t })
const quoting = (id: string, abstract = '原来的话', sender = '客服小美') => JSON.stringify({ role: 'seat', messageReply: { messageID: id, messageAbstract: abstract, messageSender: sender, messageType: 1, version: 1 } })

async function openChat(options: { historySize?: number } = {}, params: Partial<LaunchParams> = {}) {
  const desk = new DemoDesk({ seed: 1, pace: 0, ...options })
  const sent: SendOptions[] = []
  const texts: string[] = []
  const sendText = desk.sendText.bind(desk)
  desk.sendText = (to: string, t: string, o?: SendOptions) => {
    sent.push(o ?? {})
    texts.push(t)
    return sendText(to, t, o)
  }
  const view = render(<ChatScreen params={launchParamsFor(params)} transport={desk} />)
  await screen.findAllByText(/猜你想问|You may want to ask/)
  return { desk, sent, texts, unmount: view.unmount }
}

function deskSays(desk: DemoDesk, body: MessageBody, extra: Partial<ChatMessage> = {}): ChatMessage {
  let m!: ChatMessage
  act(() => {
    m = desk.deskSays(ACCOUNT, body, extra)
  })
  return m
}

/** The drawn row of a message. */
const rowOf = (id: string) =>
  waitFor(() => {
    const el = document.getElementById(anchorId(id))
    if (!el) throw new Error(`row ${id} not drawn`)
    return el
  })

/** Taro's H5 View fires `longpress` after a 350 ms touch; the event itself is what the row listens to. */
async function longPress(row: HTMLElement) {
  const bubble = await waitFor(() => {
    const el = row.querySelector('.cs-bubble, .cs-row__card')
    if (!el) throw new Error('no bubble')
    return el
  })
  fireEvent(bubble, new Event('longpress'))
}

async function quote(row: HTMLElement) {
  await longPress(row)
  fireEvent.click(await screen.findByRole('menuitem', { name: '引用' }))
}

async function typeAndSend(t: string) {
  await typeInto('请输入您的问题', t)
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
}

afterEach(() => jest.restoreAllMocks())

describe('quoting a message', () => {
  it('long-press → 引用 shows the quote above the input; ✕ 取消引用 removes it and the text goes out plain', async () => {
    const { desk, sent, unmount } = await openChat()
    const m = deskSays(desk, text('您的订单已发货，请注意查收'), { nick: '客服小美', cloudCustomData: '{"role":"seat"}' })
    await quote(await rowOf(m.id))
    expect(await screen.findByText('客服小美：您的订单已发货，请注意查收')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '取消引用' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: '取消引用' })).toBeNull())
    await typeAndSend('好的')
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0].cloudCustomData).toBeUndefined()
    unmount()
  })

  it('the sent text carries the quote, shows it in its bubble, the bar clears, and the desk quotes back', async () => {
    const { desk, sent, unmount } = await openChat()
    const m = deskSays(desk, text('您的订单已发货'), { nick: '客服小美', cloudCustomData: '{"role":"seat"}' })
    await quote(await rowOf(m.id))
    await screen.findByRole('button', { name: '取消引用' })
    await typeAndSend('什么时候到？')
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(JSON.parse(sent[0].cloudCustomData!).messageReply).toMatchObject({ messageID: m.id, messageAbstract: '您的订单已发货', messageSender: '客服小美', messageType: 1, version: 1 })
    await waitFor(() => expect(screen.queryByRole('button', { name: '取消引用' })).toBeNull())
    // Our bubble: the quote, then the text.
    const mine = (await screen.findAllByText('什么时候到？'))[0].closest('.cs-bubble') as HTMLElement
    expect(mine.closest('.cs-row--out')).not.toBeNull()
    expect(within(mine).getByText('客服小美')).toBeInTheDocument()
    expect(within(mine).getByText('您的订单已发货')).toBeInTheDocument()
    // The desk's answer quotes our text back.
    const answer = (await screen.findByText(/关于您引用的「您的订单已发货」/)).closest('.cs-bubble') as HTMLElement
    expect(within(answer).getByRole('button', { name: /什么时候到？/ })).toBeInTheDocument()
    unmount()
  })

  it('a tap on a quote brings the original into view and flashes it, even when it was outside the window', async () => {
    const scrolled: string[] = []
    jest.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.id)
    })
    const { desk, unmount } = await openChat({ historySize: 0 })
    const original = deskSays(desk, text('最早的那条消息'))
    for (let i = 0; i < 40; i++) deskSays(desk, text(`填充消息 ${i}`))
    await screen.findByText('填充消息 39')
    expect(document.getElementById(anchorId(original.id))).toBeNull()
    deskSays(desk, text('请看上面那条'), { cloudCustomData: quoting(original.id, '最早的那条消息', '智能客服') })
    const block = await screen.findByRole('button', { name: /最早的那条消息/ })
    fireEvent.click(block)
    const row = await rowOf(original.id)
    await waitFor(() => expect(scrolled).toContain(anchorId(original.id)))
    expect(row).toHaveClass('cs-list__flash')
    unmount()
  })

  it('a quote of a message the list does not hold says it is no longer on screen', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    const { desk, unmount } = await openChat()
    deskSays(desk, text('关于那条旧消息'), { cloudCustomData: quoting('gone-long-ago', '很久以前的话') })
    fireEvent.click(await screen.findByRole('button', { name: /很久以前的话/ }))
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '原消息已不在屏幕上' }))
    unmount()
  })

  it('a quote of a recalled message says the quoted content was recalled', async () => {
    const { desk, unmount } = await openChat()
    const original = deskSays(desk, text('这条会被撤回'))
    deskSays(desk, text('我引用了它'), { cloudCustomData: quoting(original.id, '这条会被撤回') })
    await screen.findByRole('button', { name: /这条会被撤回/ })
    await act(() => desk.revoke(original.id))
    expect(await screen.findByText('引用的内容已撤回')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /这条会被撤回/ })).toBeNull()
    expect(screen.getByText('我引用了它')).toBeInTheDocument()
    unmount()
  })

  it('a malformed quote shows no block, and the text still shows', async () => {
    const { desk, unmount } = await openChat()
    const m = deskSays(desk, text('正文照常显示'), { cloudCustomData: '{"role":"seat","messageReply":"{\\"messageID\\": broken' })
    const row = await rowOf(m.id)
    expect(await within(row).findByText('正文照常显示')).toBeInTheDocument()
    expect(row.querySelector('.cs-quote')).toBeNull()
    expect(row.textContent).not.toContain('messageReply')
    unmount()
  })

  it('a toolbar text button goes out plain and leaves the pending quote; the next typed text takes it', async () => {
    const { desk, sent, texts, unmount } = await openChat({}, { toolbarButtonList: [custom('查物流', 1, '帮我查一下物流')] })
    const m = deskSays(desk, text('您的订单已发货'), { nick: '客服小美', cloudCustomData: '{"role":"seat"}' })
    await quote(await rowOf(m.id))
    await screen.findByText('客服小美：您的订单已发货')
    fireEvent.click(await screen.findByRole('button', { name: '查物流' }))
    await waitFor(() => expect(texts).toEqual(['帮我查一下物流']))
    expect(sent[0].cloudCustomData).toBeUndefined()
    expect(screen.getByText('客服小美：您的订单已发货')).toBeInTheDocument()
    await typeAndSend('什么时候到？')
    await waitFor(() => expect(texts).toEqual(['帮我查一下物流', '什么时候到？']))
    expect(JSON.parse(sent[1].cloudCustomData!).messageReply.messageID).toBe(m.id)
    unmount()
  })

  it('the pending quote goes when the desk recalls the quoted message; the text after it goes out plain', async () => {
    const { desk, sent, unmount } = await openChat()
    const m = deskSays(desk, text('这条马上撤回'), { nick: '客服小美', cloudCustomData: '{"role":"seat"}' })
    await quote(await rowOf(m.id))
    await screen.findByRole('button', { name: '取消引用' })
    await act(() => desk.revoke(m.id))
    await waitFor(() => expect(screen.queryByRole('button', { name: '取消引用' })).toBeNull())
    await typeAndSend('还在吗')
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0].cloudCustomData).toBeUndefined()
    unmount()
  })

  it('recalling my own quoted message from the menu clears the quote bar', async () => {
    const { desk, sent, unmount } = await openChat()
    await typeAndSend('我想退货')
    await waitFor(() => expect(sent).toHaveLength(1))
    const mine = (await screen.findByText('我想退货')).closest('.cs-row') as HTMLElement
    await waitFor(() => expect(mine.querySelector('.cs-row__sending')).toBeNull())
    await quote(mine)
    await screen.findByText('u_test：我想退货')
    const revoke = jest.spyOn(desk, 'revoke')
    await longPress(mine)
    fireEvent.click(await screen.findByRole('menuitem', { name: '撤回' }))
    await waitFor(() => expect(revoke).toHaveBeenCalled())
    await waitFor(() => expect(screen.queryByRole('button', { name: '取消引用' })).toBeNull())
    expect(screen.queryByText('u_test：我想退货')).toBeNull()
    unmount()
  })

  it('the quote bar separates sender and text as the language writes it', async () => {
    const { desk, unmount } = await openChat({}, { language: 'en' })
    const m = deskSays(desk, text('Your order has shipped'), { nick: 'Mia', cloudCustomData: '{"role":"seat"}' })
    await longPress(await rowOf(m.id))
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Quote' }))
    expect(await screen.findByText('Mia: Your order has shipped')).toBeInTheDocument()
    unmount()
  })

  it('quotes an image by its label, in the user’s language', async () => {
    const { desk, unmount } = await openChat()
    const m = deskSays(desk, { kind: 'image', url: 'https://example.com/a.png', thumbUrl: 'https://example.com/a.png' })
    await quote(await rowOf(m.id))
    expect(await screen.findByText('智能客服：[图片]')).toBeInTheDocument()
    unmount()
  })
})
