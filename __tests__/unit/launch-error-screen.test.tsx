import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import { LaunchErrorScreen } from '../../src/customer-service/components/LaunchErrorScreen'
import ChatPage from '../../src/customer-service/pages/chat/index'

afterEach(() => jest.restoreAllMocks())

describe('LaunchErrorScreen', () => {
  it('lists what the host got wrong, in Chinese by default', async () => {
    render(<LaunchErrorScreen language='zh' errors={[{ field: 'userSig', code: 'missing' }]} warnings={[{ field: 'avatar', code: 'unsafe_url' }]} />)
    expect(await screen.findByText('暂时无法打开客服')).toBeInTheDocument()
    expect(screen.getByText('缺少参数 userSig')).toBeInTheDocument()
    expect(screen.getByText(/avatar 是不安全的链接/)).toBeInTheDocument()
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })

  it('speaks English when language=en and goes back on 返回/Back', async () => {
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    render(<LaunchErrorScreen language='en' errors={[{ field: 'SDKAppID', code: 'not_number' }]} warnings={[]} />)
    expect(await screen.findByText('SDKAppID must be a number')).toBeInTheDocument()
    fireEvent.click(screen.getByText('Back'))
    expect(back).toHaveBeenCalledTimes(1)
  })
})

describe('chat page launch', () => {
  const open = (params: Record<string, string>) => {
    Current.router = { params, path: '/customer-service/pages/chat/index', onReady: '', onHide: '', onShow: '', shareTimelineEventName: '', shareAppMessageEventName: '' } as never
    return render(<ChatPage />)
  }

  it('shows the error screen, and logs without the userSig, when credentials are incomplete', async () => {
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    open({ SDKAppID: '1400000001', userSig: 'SECRET-SIG-123' })
    expect(await screen.findByText('暂时无法打开客服')).toBeInTheDocument()
    expect(screen.getByText('缺少参数 userID（required with SDKAppID）')).toBeInTheDocument()
    const logged = JSON.stringify(errorLog.mock.calls)
    expect(logged).toContain('userID is missing')
    expect(logged).not.toContain('SECRET-SIG-123')
  })

  it('opens the chat against the demo desk without credentials', async () => {
    const { unmount } = open({})
    expect(await screen.findByText('猜你想问', undefined, { timeout: 4000 })).toBeInTheDocument()
    unmount()
  })
})
