// A chat that cannot start (createSession throws while the chat first renders) shows the launch error screen in the
// user's language, not a blank page: the SDK's create() failing, or a build without the demo desk opened by a
// custom caller.
import { render, screen } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import ChatPage from '../../src/customer-service/pages/chat/index'
import { ChatScreen } from '../../src/customer-service/components/ChatScreen'
import { StartErrorBoundary } from '../../src/customer-service/pages/chat/StartErrorBoundary'
import { launchParamsFor } from '../builders/launch'

jest.mock('../../src/customer-service/im/tencent', () => ({
  createTencentTransport: () => {
    throw new Error('TencentCloudChat.create failed: SDKAppID 1400000001 is not enabled')
  }
}))

const routeTo = (params: Record<string, string>) => {
  Current.router = { params, path: '/customer-service/pages/chat/index', onReady: '', onHide: '', onShow: '', shareTimelineEventName: '', shareAppMessageEventName: '' } as never
}
const savedDemo = process.env.TARO_APP_DEMO
let error: jest.SpyInstance
beforeEach(() => {
  // React reports the caught throw on console.error too; the chat's own line is asserted below.
  error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  if (savedDemo === undefined) delete process.env.TARO_APP_DEMO
  else process.env.TARO_APP_DEMO = savedDemo
  jest.restoreAllMocks()
})

it('the SDK failing to start: the launch error screen in the user\'s language, the reason in the console', async () => {
  routeTo({ SDKAppID: '1400000001', userID: 'u_1', userSig: 'a-sig-of-the-launch', language: 'en' })
  render(<ChatPage />)
  expect(await screen.findByRole('alert')).toHaveTextContent('Customer service is unavailable')
  expect(screen.getByText('Back')).toBeInTheDocument()
  const ours = error.mock.calls.find((c) => String(c[0]).includes('the chat could not start'))
  expect(String(ours?.[1])).toContain('TencentCloudChat.create failed')
})

it('a custom caller without credentials in a build without the demo desk: says so, in Chinese by default', async () => {
  process.env.TARO_APP_DEMO = 'off'
  render(
    <StartErrorBoundary params={launchParamsFor({ mode: 'demo' })}>
      <ChatScreen params={launchParamsFor({ mode: 'demo' })} />
    </StartErrorBoundary>
  )
  expect(await screen.findByText('暂时无法打开客服')).toBeInTheDocument()
  expect(screen.getByText(/缺少参数 SDKAppID，且本版本不含演示客服（TARO_APP_DEMO=off）/)).toBeInTheDocument()
})
