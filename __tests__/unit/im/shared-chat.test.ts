// One SDK instance per SDKAppID (TencentCloudChat.create hands back the same object until destroy()):
// transports that share it must not log each other out or destroy it under each other.
import { TencentTransport } from '../../../src/customer-service/im/tencent/adapter'
import type { SdkNamespace } from '../../../src/customer-service/im/tencent/adapter'
import type { ChatMessage } from '../../../src/customer-service/im/types'
import { EVENT, FakeChat, sdkMessage, TYPES } from './fake-sdk'

const APP = 1400000002

/** An SDK namespace that, like the real one, hands out one instance per app until it is destroyed. */
function sdkWithOneInstance() {
  const made: FakeChat[] = []
  let live: FakeChat | undefined
  const sdk = {
    EVENT,
    TYPES,
    create: () => {
      if (!live) {
        const chat = new FakeChat()
        const destroy = chat.destroy.bind(chat)
        chat.destroy = () => destroy().then(() => void (live = undefined))
        made.push((live = chat))
      }
      return live
    }
  } as unknown as SdkNamespace
  return { sdk, made }
}

describe('transports sharing one SDK instance', () => {
  it('closing the old chat page neither logs out nor destroys the instance the new page uses', async () => {
    const { sdk, made } = sdkWithOneInstance()
    const a = new TencentTransport({ SDKAppID: APP, sdk })
    await a.login({ userID: 'u1', userSig: 's' })
    const b = new TencentTransport({ SDKAppID: APP, sdk })
    const got: ChatMessage[][] = []
    b.on('received', (l) => got.push(l))
    await a.logout()
    await a.destroy()
    expect(made).toHaveLength(1)
    expect(made[0].calls).not.toContain('logout')
    expect(made[0].calls).not.toContain('destroy')
    made[0].fire(EVENT.MESSAGE_RECEIVED, [sdkMessage({ payload: { text: '还在' } })])
    expect(got).toHaveLength(1)
    await b.logout()
    await b.destroy()
    expect(made[0].calls.filter((c) => c === 'logout' || c === 'destroy')).toEqual(['logout', 'destroy'])
  })

  it('a page opened while the last one is still tearing down waits, then gets a fresh instance', async () => {
    const { sdk, made } = sdkWithOneInstance()
    const a = new TencentTransport({ SDKAppID: APP, sdk })
    await a.login({ userID: 'u1', userSig: 's' })
    let finish!: () => void
    const original = made[0].destroy
    made[0].destroy = () => new Promise<void>((resolve) => (finish = resolve)).then(original)
    const closing = a.destroy()
    const b = new TencentTransport({ SDKAppID: APP, sdk })
    const login = b.login({ userID: 'u1', userSig: 's' })
    await Promise.resolve()
    expect(made).toHaveLength(1)
    expect(made[0].calls.filter((c) => c.startsWith('login:'))).toHaveLength(1)
    finish()
    await closing
    await login
    expect(made).toHaveLength(2)
    expect(made[1].calls).toContain('login:u1')
    expect(made[1].listenerCount).toBe(8)
  })

  it('closing never rejects, even when the SDK refuses (its destroy is logout().finally: 2024 when not logged in)', async () => {
    const { sdk, made } = sdkWithOneInstance()
    const t = new TencentTransport({ SDKAppID: APP, sdk })
    made[0].destroy = () => Promise.reject({ code: 2024, message: 'not logged in' })
    await expect(t.destroy()).resolves.toBeUndefined()
  })

  it('a login the shared instance already holds for this user is ready at once (no second SDK_READY)', async () => {
    const { sdk, made } = sdkWithOneInstance()
    const a = new TencentTransport({ SDKAppID: APP, sdk })
    await a.login({ userID: 'u1', userSig: 's' })
    const b = new TencentTransport({ SDKAppID: APP, sdk })
    Object.assign(made[0], { getLoginUser: () => 'u1', isReady: () => true })
    let ready = 0
    b.on('ready', () => (ready += 1))
    await b.login({ userID: 'u1', userSig: 's' })
    await Promise.resolve()
    expect(ready).toBe(1)
  })

  it('an instance still logged in as someone else is logged out before this user logs in', async () => {
    const { sdk, made } = sdkWithOneInstance()
    const a = new TencentTransport({ SDKAppID: APP, sdk })
    await a.login({ userID: 'u1', userSig: 's' })
    const b = new TencentTransport({ SDKAppID: APP, sdk })
    let first = true
    Object.assign(made[0], {
      login: (o: { userID: string }) => {
        made[0].calls.push(`login:${o.userID}`)
        const repeat = first
        first = false
        return Promise.resolve({ data: repeat ? { repeatLogin: true } : {} })
      },
      getLoginUser: () => 'u1',
      isReady: () => true
    })
    await b.login({ userID: 'u2', userSig: 's' })
    expect(made[0].calls.slice(-3)).toEqual(['login:u2', 'logout', 'login:u2'])
  })
})
