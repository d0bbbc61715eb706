// #19 Transfer options, ending and rating the bot, through the rendered ChatScreen over the demo desk. What goes
// on the wire is asserted at the transport: without `unconfirmedDeskShapes` no unconfirmed shape is sent.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ToolbarButton, UnconfirmedShape } from '../../../src/customer-service/launch/types'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'
const preset = (title: string, presetId: ToolbarButton['presetId'], options?: ToolbarButton['options']): ToolbarButton =>
  ({ title, isPreset: 1, presetId, isEnabled: 1, type: 1, ...(options ? { options } : {}) })
const BUTTONS = [
  preset('找售后', 'transferToHuman', { agentGroupId: 2473 }),
  preset('退货流程', 'transferToTaskFlow', { taskFlowId: 77 }),
  preset('结束会话', 'endBotService'),
  preset('评价机器人', 'botRating'),
  preset('结束人工', 'endHumanService')
]

/** The chat over a demo desk whose sends are recorded: [kind, payload, options]. */
async function openChat(unconfirmedDeskShapes?: UnconfirmedShape[]) {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const text = jest.spyOn(desk, 'sendText')
  const custom = jest.spyOn(desk, 'sendCustom')
  const params = launchParamsFor({ toolbarButtonList: BUTTONS, ...(unconfirmedDeskShapes ? { unconfirmedDeskShapes } : {}) })
  const view = render(<ChatScreen params={params} transport={desk} />)
  await screen.findByText('猜你想问')
  const customs = () => custom.mock.calls.map(([, data, o]) => ({ ...JSON.parse(data), onlineUserOnly: o?.onlineUserOnly }))
  const texts = () => text.mock.calls.map(([, t]) => t)
  return { desk, customs, texts, ...view }
}
const chip = (name: string) => screen.findByRole('button', { name })
const srcs = (list: { src: string }[]) => list.map((d) => d.src)

describe('without unconfirmedDeskShapes (the default)', () => {
  it('shows only the presets with a confirmed message; the task flow and bot rating buttons are hidden', async () => {
    const { unmount } = await openChat()
    await chip('找售后')
    expect(screen.queryByRole('button', { name: '退货流程' })).toBeNull()
    expect(screen.queryByRole('button', { name: '评价机器人' })).toBeNull()
    expect(await chip('结束会话')).not.toHaveAttribute('aria-disabled')
    expect(await chip('结束人工')).toHaveAttribute('aria-disabled', 'true')
    unmount()
  })

  it('a targeted transfer button sends the kit text 人工服务 and no target; the desk routes it', async () => {
    const { customs, texts, unmount } = await openChat()
    fireEvent.click(await chip('找售后'))
    expect(await screen.findByText('人工客服已接入')).toBeInTheDocument()
    expect(texts()).toEqual(['人工服务'])
    expect(srcs(customs())).toEqual(['7'])
    // With an agent in seat the presets follow: transfer off, end human on, end bot off with its reason.
    await waitFor(async () => expect(await chip('找售后')).toHaveAttribute('aria-disabled', 'true'))
    expect(await chip('结束人工')).not.toHaveAttribute('aria-disabled')
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
    fireEvent.click(await chip('结束会话'))
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '当前没有进行中的智能客服会话' }))
    toast.mockRestore()
    unmount()
  })

  it('结束会话 ends the bot session on this device only: nothing is sent, 重新开始 sends the start message', async () => {
    const { customs, texts, unmount } = await openChat()
    fireEvent.click(await chip('结束会话'))
    const bar = await screen.findByRole('status')
    expect(within(bar).getByText('会话已结束')).toBeInTheDocument()
    expect(await chip('结束会话')).toHaveAttribute('aria-disabled', 'true')
    expect(srcs(customs())).toEqual(['7'])
    expect(texts()).toEqual([])
    fireEvent.click(within(bar).getByRole('button', { name: '重新开始' }))
    await waitFor(() => expect(srcs(customs())).toEqual(['7', '7']))
    expect(screen.queryByText('会话已结束')).toBeNull()
    await waitFor(() => expect(screen.getAllByText('猜你想问')).toHaveLength(2))
    unmount()
  })

  it('the local 会话已结束 bar stays through hidden signals (typing, bot status); a shown message ends it', async () => {
    const { desk, unmount } = await openChat()
    fireEvent.click(await chip('结束会话'))
    await screen.findByText('会话已结束')
    act(() => void desk.deskSaysDesk(ACCOUNT, { src: '12' }))
    act(() => void desk.deskSaysDesk(ACCOUNT, { src: '13', content: { command: 'updateBotStatus', content: 'inBot' } }))
    await act(async () => undefined)
    expect(screen.getByText('会话已结束')).toBeInTheDocument()
    act(() => void desk.deskSays(ACCOUNT, { kind: 'text', text: '还有什么可以帮您？' }))
    await waitFor(() => expect(screen.queryByText('会话已结束')).toBeNull())
    unmount()
  })
})

describe('with unconfirmedDeskShapes=transfer,botSession', () => {
  it('the transfer button sends src 39 naming the group (online only); the demo desk transfers to it', async () => {
    const { customs, texts, unmount } = await openChat(['transfer', 'botSession'])
    fireEvent.click(await chip('找售后'))
    await screen.findByText('正在为您转接坐席组 2473')
    expect(customs()[1]).toEqual({ src: '39', customerServicePlugin: 0, content: { agentGroupId: 2473 }, onlineUserOnly: true })
    expect(texts()).toEqual([])
    expect(await screen.findByText('人工客服已接入')).toBeInTheDocument()
    // Our own 39 is not drawn as a notice of its own: only the desk's line shows.
    expect(screen.getAllByText(/正在为您转接/)).toHaveLength(1)
    unmount()
  })

  it('the task flow button sends src 34 and the demo desk runs the flow', async () => {
    const { customs, unmount } = await openChat(['transfer'])
    fireEvent.click(await chip('退货流程'))
    expect(await screen.findByText('请问您的订单是否已经发货？')).toBeInTheDocument()
    expect(customs()[1]).toEqual({ src: '34', customerServicePlugin: 0, content: { taskFlowId: 77 }, onlineUserOnly: true })
    unmount()
  })

  it('结束会话 sends 27 in the bot state; the desk ends and shows a bot rating card that takes a rating', async () => {
    const { customs, desk, unmount } = await openChat(['botSession'])
    fireEvent.click(await chip('结束会话'))
    expect(await screen.findByText('请对智能客服的回答进行评价')).toBeInTheDocument()
    expect(customs()[1]).toEqual({ src: '27', customerServicePlugin: 0, onlineUserOnly: true })
    expect(screen.queryByRole('button', { name: '重新开始' })).toBeNull()
    fireEvent.click(await screen.findByRole('button', { name: '非常满意' }))
    fireEvent.click(await screen.findByRole('button', { name: '提交' }))
    await waitFor(() => expect(srcs(customs())).toContain('10'))
    await waitFor(() => expect(desk.serverLog(ACCOUNT).some((m) => m.body.kind === 'text' && m.body.text.startsWith('感谢您的评价'))).toBe(true))
    unmount()
  })

  it('评价机器人 asks for a bot rating card (24 marked robot)', async () => {
    const { customs, unmount } = await openChat(['botSession'])
    fireEvent.click(await chip('评价机器人'))
    expect(await screen.findByText('请对智能客服的回答进行评价')).toBeInTheDocument()
    expect(customs()[1]).toEqual({ src: '24', customerServicePlugin: 0, content: { target: 'robot' }, onlineUserOnly: true })
    unmount()
  })

  it('the flow the desk ends itself still follows the phase (bot rating only outside a human session)', async () => {
    const { desk, unmount } = await openChat(['botSession'])
    act(() => void desk.deskSaysDesk(ACCOUNT, { src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }))
    await waitFor(async () => expect(await chip('评价机器人')).toHaveAttribute('aria-disabled', 'true'))
    unmount()
  })
})
