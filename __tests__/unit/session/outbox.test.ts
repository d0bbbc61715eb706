// Nothing typed is lost: unconfirmed texts survive closing the chat and go out once, on the next open.
import Taro from '@tarojs/taro'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { Outbox } from '../../../src/customer-service/session/outbox'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'
const mine = (desk: DemoDesk, text: string) => desk.serverLog(ACCOUNT).filter((m) => m.flow === 'out' && m.body.kind === 'text' && m.body.text === text)

function open(desk: DemoDesk) {
  const store = createChatStore([ACCOUNT], ACCOUNT)
  const session = new ChatSession({ params: launchParamsFor({ userID: 'u_outbox' }), transport: desk, store })
  return { store, session }
}

beforeEach(() => Taro.clearStorageSync())

describe('outbox', () => {
  it('a text that failed is kept after the page closes and sent once on the next open', async () => {
    const desk = new DemoDesk({ pace: 0, seed: 4 })
    const first = open(desk)
    await first.session.start()
    desk.setFaults({ dropSend: 1 })
    expect(await first.session.sendText('关闭前没发出去的消息')).toBe(false)
    expect(new Outbox('u_outbox', ACCOUNT).list().map((e) => e.text)).toEqual(['关闭前没发出去的消息'])
    // Close the page (the session stops; the desk keeps its server log for the next page).
    const destroy = desk.destroy.bind(desk)
    desk.destroy = async () => undefined
    await first.session.stop()
    desk.setFaults({ dropSend: 0 })
    await desk.login({ userID: 'u_outbox', userSig: '' })

    const second = open(desk)
    await second.session.start()
    expect(mine(desk, '关闭前没发出去的消息')).toHaveLength(1)
    expect(new Outbox('u_outbox', ACCOUNT).list()).toEqual([])
    const shown = second.store.getState().conversations[ACCOUNT].messages.filter((m) => m.body.kind === 'text' && m.body.text === '关闭前没发出去的消息')
    expect(shown).toHaveLength(1)
    expect(shown[0].status).toBe('sent')
    await second.session.stop()
    await destroy()
  })

  it('an entry whose send did reach the server (answer lost) is not sent twice', async () => {
    const desk = new DemoDesk({ pace: 0 })
    await desk.login({ userID: 'u_outbox', userSig: '' })
    const createdAt = Math.floor(Date.now() / 1000)
    await desk.sendText(ACCOUNT, '服务器其实收到了')
    new Outbox('u_outbox', ACCOUNT).add({ clientId: 'c1', text: '服务器其实收到了', createdAt })
    const { session } = open(desk)
    await session.start()
    expect(mine(desk, '服务器其实收到了')).toHaveLength(1)
    expect(new Outbox('u_outbox', ACCOUNT).list()).toEqual([])
    await session.stop()
  })

  it('a successful send leaves nothing queued; a resend that succeeds clears its entry', async () => {
    const desk = new DemoDesk({ pace: 0 })
    const { store, session } = open(desk)
    await session.start()
    await session.sendText('一次成功')
    expect(new Outbox('u_outbox', ACCOUNT).list()).toEqual([])
    desk.setFaults({ dropSend: 1 })
    await session.sendText('先失败')
    const failed = store.getState().conversations[ACCOUNT].messages.find((m) => m.status === 'failed')!
    desk.setFaults({ dropSend: 0 })
    expect(await session.resend(failed.id)).toBe(true)
    expect(new Outbox('u_outbox', ACCOUNT).list()).toEqual([])
    await session.stop()
  })

  it('entries are per user and account', () => {
    new Outbox('a', 'x').add({ clientId: '1', text: 't', createdAt: 0 })
    expect(new Outbox('a', 'y').list()).toEqual([])
    expect(new Outbox('b', 'x').list()).toEqual([])
    expect(new Outbox('a', 'x').list()).toHaveLength(1)
  })
})
