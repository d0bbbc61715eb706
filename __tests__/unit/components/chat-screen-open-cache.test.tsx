// Instant open on the ChatScreen: the last screen from the previous visit shows (dimmed, labelled) while login
// is held back, and the live history replaces it in place — same ids once, unconfirmed rows gone.
import { act, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { OpenCache } from '../../../src/customer-service/session/open-cache'
import { launchParamsFor } from '../../builders/launch'
import { ACCOUNT, textMessage } from '../../builders/messages'

const USER = 'u_screen_cache'

/** A demo desk whose login waits until the test lets it go (`before` runs on the desk first). */
async function heldDesk(before?: (desk: DemoDesk) => Promise<void>) {
  const desk = new DemoDesk({ seed: 2, pace: 0 })
  await before?.(desk)
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  const login = desk.login.bind(desk)
  desk.login = async (credentials) => {
    await gate
    return login(credentials)
  }
  return { desk, release }
}

const rowOf = (text: string) => screen.getByText(text).closest('.cs-row')

beforeEach(() => Taro.clearStorageSync())

describe('ChatScreen: instant open from the cache', () => {
  it('shows the cached rows before login completes, then the live history replaces them without duplicates', async () => {
    // The previous visit: what the server still has (in the desk's log) plus one row it no longer confirms.
    let kept!: ChatMessage
    const { desk, release } = await heldDesk(async (d) => {
      await d.login({ userID: USER, userSig: '' })
      ;[kept] = d.deskSaysMany(ACCOUNT, [{ kind: 'text', text: '上次的回答：订单已发货' }])
      await d.logout()
    })
    const gone = textMessage('服务器上已没有这条', { time: kept.time - 1, sequence: 0, id: 'gone-1' })
    new OpenCache(Taro, USER, ACCOUNT).write([gone, kept])

    const { unmount } = render(<ChatScreen params={launchParamsFor({ userID: USER })} transport={desk} />)
    // Before login: the cached rows, dimmed, with the label; the connecting banner is up.
    expect(await screen.findByText('上次的回答：订单已发货')).toBeInTheDocument()
    expect(screen.getByText('服务器上已没有这条')).toBeInTheDocument()
    expect(rowOf('上次的回答：订单已发货')).toHaveClass('cs-row--cached')
    expect(screen.getByText('上次的聊天记录 · 正在更新')).toBeInTheDocument()
    expect(screen.getAllByText('正在连接…').length).toBeGreaterThan(0)
    const cachedNode = rowOf('上次的回答：订单已发货')

    await act(async () => release())
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText('上次的聊天记录 · 正在更新')).toBeNull())
    // Confirmed by the live history: shown once, no longer dimmed, the same row (replaced in place, no remount).
    expect(screen.getAllByText('上次的回答：订单已发货')).toHaveLength(1)
    expect(rowOf('上次的回答：订单已发货')).not.toHaveClass('cs-row--cached')
    expect(rowOf('上次的回答：订单已发货')).toBe(cachedNode)
    // Not confirmed: removed.
    expect(screen.queryByText('服务器上已没有这条')).toBeNull()
    expect(document.querySelectorAll('.cs-row--cached')).toHaveLength(0)
    unmount()
  })

  it('shows nothing from a corrupt or foreign cache', async () => {
    Taro.setStorageSync(`cs-open:v1:${USER}:${ACCOUNT}`, JSON.stringify({ v: 1, userID: 'u_someone_else', account: ACCOUNT, messages: [textMessage('别人的消息')] }))
    const { desk, release } = await heldDesk()
    const { unmount } = render(<ChatScreen params={launchParamsFor({ userID: USER })} transport={desk} />)
    expect((await screen.findAllByText('正在连接…')).length).toBeGreaterThan(0)
    expect(screen.queryByText('别人的消息')).toBeNull()
    expect(screen.queryByText('上次的聊天记录 · 正在更新')).toBeNull()
    await act(async () => release())
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    expect(screen.queryByText('别人的消息')).toBeNull()
    unmount()
  })
})
