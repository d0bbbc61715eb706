import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ContactButton, NOT_IN_WECHAT } from '../../../src/contact/ContactButton'
import { openWeComService } from '../../../src/contact/wecom'

afterEach(() => jest.restoreAllMocks())

describe('ContactButton (H5)', () => {
  it('passes the contact props to the underlying Button', async () => {
    render(
      <ContactButton sessionFrom='{"customerName":"小明"}' sendMessageTitle='订单' sendMessagePath='/pages/index/index' sendMessageImg='https://a/b.png' showMessageCard>
        微信客服
      </ContactButton>
    )
    const label = await screen.findByText('微信客服')
    const button = label.closest('taro-button-core') as HTMLElement & Record<string, unknown>
    expect(button).not.toBeNull()
    // React hands unknown props of a custom element over as properties.
    await waitFor(() => expect(button.openType).toBe('contact'))
    expect(button.sessionFrom).toBe('{"customerName":"小明"}')
    expect(button.sendMessageTitle).toBe('订单')
    expect(button.sendMessagePath).toBe('/pages/index/index')
    expect(button.sendMessageImg).toBe('https://a/b.png')
    expect(button.showMessageCard).toBe(true)
  })

  it('explains that it works inside WeChat instead of doing nothing', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<ContactButton>微信客服</ContactButton>)
    fireEvent.click(await screen.findByText('微信客服'))
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: NOT_IN_WECHAT }))
  })

  it('WeCom customer service says it needs WeChat on H5', async () => {
    await expect(openWeComService({ corpId: 'ww1', url: 'https://work.weixin.qq.com/kfid/x' })).resolves.toMatchObject({ ok: false, reason: 'notWeChat' })
  })
})
