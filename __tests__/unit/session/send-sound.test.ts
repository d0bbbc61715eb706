// session.sendSound over the demo desk: the voice message shows as the user's own and settles as sent; a
// dropped one stays failed with resend and nothing is lost. (The real SDK path: __tests__/emulator/sound.test.ts.)
import Taro from '@tarojs/taro'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

const ACCOUNT = '@customer_service_account'
const REC = { tempFilePath: 'http://tmp/voice.mp3', duration: 4200, fileSize: 6000 }

beforeEach(() => Taro.clearStorageSync())

async function open() {
  const desk = new DemoDesk({ pace: 0, seed: 2 })
  const store = createChatStore([ACCOUNT], ACCOUNT)
  const session = new ChatSession({ params: launchParamsFor(), transport: desk, store })
  await session.start()
  const sounds = () => store.getState().conversations[ACCOUNT].messages.filter((m) => m.body.kind === 'sound' && m.flow === 'out')
  return { desk, store, session, sounds }
}

describe('session.sendSound', () => {
  it('shows the recording as sending, then sent, playable from its temp file', async () => {
    const { session, sounds } = await open()
    const p = session.sendSound(REC)
    expect(sounds()).toEqual([expect.objectContaining({ status: 'sending' })])
    expect(await p).toBe(true)
    expect(sounds()).toEqual([expect.objectContaining({ status: 'sent', body: { kind: 'sound', url: REC.tempFilePath, duration: 4, size: 6000 } })])
    await session.stop()
  })

  it('a failed send stays as failed with a notice; resend delivers the same message', async () => {
    const { desk, store, session, sounds } = await open()
    desk.setFaults({ dropSend: 1 })
    expect(await session.sendSound(REC)).toBe(false)
    expect(sounds()).toEqual([expect.objectContaining({ status: 'failed' })])
    expect(store.getState().notice).toMatchObject({ reason: 'network' })
    desk.setFaults({ dropSend: 0 })
    expect(await session.resend(sounds()[0].id)).toBe(true)
    expect(sounds()).toEqual([expect.objectContaining({ status: 'sent' })])
    expect(desk.serverLog(ACCOUNT).filter((m) => m.body.kind === 'sound')).toHaveLength(1)
    await session.stop()
  })
})
