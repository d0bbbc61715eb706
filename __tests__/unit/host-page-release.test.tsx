// #20 The host page tells a release build (TARO_APP_DEMO=off) without credentials apart: no demo desk to open.
import { render, screen } from '@testing-library/react'
import HostIndex from '../../src/pages/index/index'

const saved = { demo: process.env.TARO_APP_DEMO, sdk: process.env.TARO_APP_SDKAPPID }
afterEach(() => {
  for (const [key, value] of [['TARO_APP_DEMO', saved.demo], ['TARO_APP_SDKAPPID', saved.sdk]] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

describe('host page intro', () => {
  it('default build without credentials: the demo desk', () => {
    delete process.env.TARO_APP_SDKAPPID
    render(<HostIndex />)
    expect(screen.getByText('点击下方按钮进入客服会话（未配置凭据时使用内置演示客服）。')).toBeTruthy()
  })

  it('release build without credentials: says there is no demo desk and what to configure', () => {
    delete process.env.TARO_APP_SDKAPPID
    process.env.TARO_APP_DEMO = 'off'
    render(<HostIndex />)
    expect(screen.getByText(/本版本不含演示客服（TARO_APP_DEMO=off），且未配置凭据/)).toBeTruthy()
    expect(screen.queryByText(/使用内置演示客服/)).toBeNull()
  })

  it('release build with credentials: no demo or error note', () => {
    process.env.TARO_APP_DEMO = 'off'
    process.env.TARO_APP_SDKAPPID = '1400000001'
    render(<HostIndex />)
    expect(screen.getByText('点击下方按钮进入客服会话。')).toBeTruthy()
  })
})
