import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import HostIndex from '../../src/pages/index/index'
import { parseLaunchParams } from '../../src/customer-service/launch'
import { splitQueryString } from '../../src/customer-service/launch/query'

describe('host page', () => {
  afterEach(() => jest.restoreAllMocks())

  it('opens the customer-service chat page when 咨询客服 is tapped', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<HostIndex />)
    const button = await screen.findByText('咨询客服')
    fireEvent.click(button)
    expect(navigate).toHaveBeenCalledTimes(1)
    const { url } = navigate.mock.calls[0][0] as { url: string }
    expect(url.startsWith('/customer-service/pages/chat/index?')).toBe(true)
    // No credentials in the test env: the URL opens the embedded demo desk.
    const parsed = parseLaunchParams(splitQueryString(url))
    expect(parsed.ok && parsed.params.mode).toBe('demo')
  })
})
