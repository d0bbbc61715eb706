// #19 Branch options carrying a `url` (field name UNCONFIRMED): with unconfirmedDeskShapes=optionLinks they open it
// through the toolbar's allow-list (http(s) → web-view page, page path → navigateTo, anything else refused);
// without it they are ordinary options and send their text.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { WEBVIEW_PAGE_PATH } from '../../../src/customer-service/launch/paths'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'

const ACCOUNT = '@customer_service_account'

async function openChat(optionLinks: boolean) {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const text = jest.spyOn(desk, 'sendText')
  const view = render(<ChatScreen params={launchParamsFor(optionLinks ? { unconfirmedDeskShapes: ['optionLinks'] } : {})} transport={desk} />)
  await screen.findByText('猜你想问')
  return { desk, texts: () => text.mock.calls.map(([, t]) => t), ...view }
}

async function askForHelp() {
  await typeInto('请输入您的问题', '帮助中心')
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
  await screen.findByText('退换货政策 ↗')
}

let navigate: jest.SpyInstance
let toast: jest.SpyInstance
beforeEach(() => {
  navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
  toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)
})
afterEach(() => jest.restoreAllMocks())

/** The mini-program path of openLink (jest runs as H5, where http links open a browser tab). */
function asWeapp(fn: () => void) {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    fn()
  } finally {
    process.env.TARO_ENV = env
  }
}

describe('link options on', () => {
  it('an http(s) option opens the web-view page and sends nothing; the card stays answerable', async () => {
    const { texts, unmount } = await openChat(true)
    await askForHelp()
    asWeapp(() => fireEvent.click(screen.getByRole('button', { name: '退换货政策 ↗' })))
    expect(navigate).toHaveBeenCalledWith({ url: `${WEBVIEW_PAGE_PATH}?url=${encodeURIComponent('https://cloud.tencent.com/document/product/269')}&language=zh` })
    expect(texts()).toEqual(['帮助中心'])
    // A plain option of the same card still answers it.
    const plain = screen.getAllByRole('button', { name: '人工服务' })
    fireEvent.click(plain[plain.length - 1])
    await waitFor(() => expect(texts()).toEqual(['帮助中心', '人工服务']))
    unmount()
  })

  it('a mini-program path is navigated to', async () => {
    const { unmount } = await openChat(true)
    await askForHelp()
    fireEvent.click(screen.getByRole('button', { name: '我的订单 ↗' }))
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/index/index' })
    unmount()
  })

  it.each(['javascript:alert(1)', '//evil.example/x', 'weixin://dl/business'])('%s is refused with a clear message', async (url) => {
    const { desk, texts, unmount } = await openChat(true)
    act(() => void desk.deskSaysDesk(ACCOUNT, { src: '15', content: { header: '链接测试', items: [{ content: '打开', url }] } }))
    fireEvent.click(await screen.findByRole('button', { name: '打开 ↗' }))
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '无法打开该链接' }))
    expect(navigate).not.toHaveBeenCalled()
    expect(texts()).toEqual([])
    unmount()
  })
})

describe('link options off (the default)', () => {
  it('an option with a url is an ordinary option: no link mark, its text is sent', async () => {
    const { texts, unmount } = await openChat(false)
    await typeInto('请输入您的问题', '帮助中心')
    fireEvent.click(await screen.findByRole('button', { name: '发送' }))
    fireEvent.click(await screen.findByRole('button', { name: '退换货政策' }))
    await waitFor(() => expect(texts()).toEqual(['帮助中心', '退换货政策']))
    expect(screen.queryByText('退换货政策 ↗')).toBeNull()
    expect(navigate).not.toHaveBeenCalled()
    unmount()
  })
})
