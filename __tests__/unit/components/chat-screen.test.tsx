// ChatScreen over the demo desk (a real ChatTransport, no network), through roles and text.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'

async function typeAndSend(text: string) {
  await typeInto('请输入您的问题', text)
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
}

describe('ChatScreen with the demo desk', () => {
  it('shows the welcome card; tapping an item sends it and the branch menu answers', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('button', { name: '订单问题' }))
    expect(await screen.findByText('请选择订单问题类型')).toBeInTheDocument()
    // The chosen item stays chosen and the card is read-only.
    expect(screen.getByRole('button', { name: '订单问题', pressed: true })).toHaveAttribute('aria-disabled', 'true')
    unmount()
  })

  it('a send while offline fails visibly, and tapping resend delivers it', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
    await screen.findByText('猜你想问')
    act(() => desk.setFaults({ dropSend: 1 }))
    await typeAndSend('你好')
    const resend = await screen.findByRole('button', { name: '发送失败，重发' })
    act(() => desk.setFaults({ dropSend: 0 }))
    fireEvent.click(resend)
    await waitFor(() => expect(screen.queryByRole('button', { name: '发送失败，重发' })).toBeNull())
    expect(screen.getAllByText('你好')).toHaveLength(1)
    unmount()
  })

  it('shows the connection banner while disconnected and disables the composer with the reason', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
    await screen.findByText('猜你想问')
    act(() => desk.disconnect())
    expect(await screen.findByText('网络已断开，恢复后将自动重连')).toBeInTheDocument()
    expect(screen.getByText('未连接，暂时无法发送')).toBeInTheDocument()
    act(() => desk.reconnect())
    await waitFor(() => expect(screen.queryByText('网络已断开，恢复后将自动重连')).toBeNull())
    unmount()
  })

  it('kicked out: says why and 重新连接 brings the chat back', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
    await screen.findByText('猜你想问')
    act(() => desk.kick('multipleDevice'))
    expect(await screen.findByText('您的账号已在其他设备登录')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重新连接'))
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    unmount()
  })

  it('speaks English with language=en', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor({ language: 'en' })} transport={desk} />)
    expect(await screen.findByLabelText('Type your question')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Send' })).toBeInTheDocument()
    unmount()
  })
})
