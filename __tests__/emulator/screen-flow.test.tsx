// The demo-less chat page: ChatScreen on the real Taro H5 components, over the Tencent adapter and the REAL
// @tencentcloud/lite-chat 4.2.1 talking to the emulator. What the user sees (roles and text) and what reaches the wire.
//
// Time is fake (the SDK's timers and the emulator's): the screen is driven with `until`, which advances fake
// time inside act() until what the user should see is there, so every run goes through the same frames.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { ChatScreen } from '../../src/customer-service/components/ChatScreen'
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import { launchParamsFor } from '../builders/launch'
import { incomingById } from '../conformance/corpus'
import { SDK_APP_ID, emulatorPerTest } from './real-sdk'
import type { Emulator } from './real-sdk'
import { DESK_ACCOUNT } from './server.mjs'

const USER = 'u_test'
const SIG = 'sig-u_test'

const current = emulatorPerTest()
let emu: Emulator
beforeEach(() => {
  emu = current()
})

/**
 * Advances fake time (SDK, emulator, React, Stencil) in 50 ms steps until cond() holds. Each step is its own
 * act(): React renders what a step changed when the act ends, so the condition sees the screen as drawn.
 */
async function until(cond: () => boolean, what: string, maxMs = 60_000) {
  for (let t = 0; t <= maxMs; t += 50) {
    if (cond()) return
    await act(() => jest.advanceTimersByTimeAsync(50))
  }
  throw new Error(`timed out (fake ${maxMs} ms) waiting for ${what}`)
}

const shown = (text: string) => () => screen.queryAllByText(text).length > 0
const hasButton = (name: string | RegExp) => () => screen.queryAllByRole('button', { name }).length > 0

function textsSent(): string[] {
  return emu.server.bodies('openim.sendmsg').flatMap((b) => b.MsgBody.filter((e: any) => e.MsgType === 'TIMTextElem').map((e: any) => e.MsgContent.Text))
}

function openChat() {
  const transport = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
  const params = launchParamsFor({ mode: 'desk', SDKAppID: SDK_APP_ID, userSig: SIG, userID: USER })
  return render(<ChatScreen params={params} transport={transport} />)
}

/** The row (bubble line) that holds `text`. */
function rowOf(text: string): HTMLElement {
  const el = screen
    .getAllByText((_c, node) => !!node?.classList.contains('cs-row') && !!node.textContent?.includes(text))
    .pop()
  if (!el) throw new Error(`no row with ${text}`)
  return el
}

describe('ChatScreen over the real SDK', () => {
  it('welcome → tap 如何退款？ → streamed answer → kicked → 重新连接', async () => {
    const view = openChat()
    // Logged in, the start message out, the composer usable.
    await until(() => emu.server.bodies('openim.sendmsg').length === 1, 'start message')
    await until(hasButton('发送'), 'composer')
    expect(screen.queryByText('未连接，暂时无法发送')).toBeNull()

    // The desk's welcome card, pushed through the real SDK.
    emu.desk.sendFixture(USER, incomingById('29-welcome').message)
    await until(hasButton(/^如何退款？/), 'welcome card')
    expect(screen.getAllByText('猜你想问').length).toBeGreaterThan(0)

    // Tapping an item sends it as text on the wire, and the card keeps the choice.
    fireEvent.click(screen.getByRole('button', { name: /^如何退款？/ }))
    await until(() => textsSent().includes('如何退款？'), 'tap on the wire')
    const [tap] = emu.server.bodies('openim.sendmsg').slice(-1)
    expect(tap).toMatchObject({ From_Account: USER, To_Account: DESK_ACCOUNT, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '如何退款？' } }] })
    await until(() => screen.queryAllByRole('button', { name: /^如何退款？/, pressed: true }).length > 0, 'chosen item')

    // The AI answer grows in place, with a cursor while it streams, and an AI note once finished.
    const s = emu.desk.stream(USER, '您好，')
    await until(() => document.querySelector('.cs-md__cursor') !== null, 'stream starts')
    s.next('退款一般')
    s.next(' 1-3 天到账')
    await until(() => !!document.querySelector('.cs-md')?.textContent?.includes('您好，退款一般 1-3 天到账'), 'stream grows')
    expect(document.querySelector('.cs-md__cursor')).not.toBeNull()
    expect(screen.queryByText('内容由 AI 生成，仅供参考')).toBeNull()
    s.finish()
    await until(shown('内容由 AI 生成，仅供参考'), 'stream finished')
    expect(document.querySelector('.cs-md__cursor')).toBeNull()
    expect(document.querySelectorAll('.cs-md')).toHaveLength(1)
    expect(rowOf('您好，退款一般 1-3 天到账').textContent).toContain('内容由 AI 生成，仅供参考')

    // Logged in on another device: the kicked screen, and 重新连接 brings the chat back.
    await act(() => emu.settle(2_000))
    emu.server.kick(USER, 2)
    await until(shown('您的账号已在其他设备登录'), 'kicked screen')
    const logins = emu.server.bodies('im_open_status.wslogin').length
    fireEvent.click(screen.getByText('重新连接'))
    await until(shown('猜你想问'), 'chat back')
    expect(emu.server.bodies('im_open_status.wslogin')).toHaveLength(logins + 1)
    await until(() => screen.queryByText('未连接，暂时无法发送') === null && hasButton('发送')(), 'composer usable again')
    emu.desk.sendText(USER, '欢迎回来')
    await until(shown('欢迎回来'), 'push after reconnect')
    expect(screen.queryByText('您的账号已在其他设备登录')).toBeNull()

    // Leaving the page closes the chat quietly: logged out, the socket closed.
    await act(() => emu.settle(2_000))
    view.unmount()
    await act(() => emu.settle(60_000))
    expect(emu.server.commands()).toContain('im_open_status.wslogout')
    expect(emu.server.connections().filter((c) => !c.closed)).toEqual([])
    expect(jest.getTimerCount()).toBe(0)
  })

  it('a refused userSig shows the error screen, and leaving it closes quietly', async () => {
    const transport = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk })
    const params = launchParamsFor({ mode: 'desk', SDKAppID: SDK_APP_ID, userSig: 'forged', userID: USER })
    const view = render(<ChatScreen params={params} transport={transport} />)
    await until(shown('登录凭证无效，请联系应用开发者'), 'error screen')
    expect(screen.getByRole('alert')).toBeInTheDocument()
    // Not retryable: no button that could loop on a forged sig.
    expect(screen.queryByText('重试')).toBeNull()
    expect(emu.server.bodies('openim.sendmsg')).toEqual([])
    view.unmount()
    await act(() => emu.settle(60_000))
    expect(emu.server.connections().filter((c) => !c.closed)).toEqual([])
  })
})
