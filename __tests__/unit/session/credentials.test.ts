// userSig in the client: offline expiry check, the endpoint source, and the session's refresh rules.
import Taro from '@tarojs/taro'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { CredentialError, decodeUserSig, httpCredentialSource, isSigExpired } from '../../../src/customer-service/session/credentials'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

// Node-side minting with Tencent's own library, as a server would.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')

const api = new Api(1400000001, 'a-test-secret-key-that-is-long-enough')

afterEach(() => jest.restoreAllMocks())

describe('userSig decoding', () => {
  it('reads identifier, sdkappid and lifetime from a real sig', () => {
    const sig = api.genUserSig('user_1', 3600)
    const info = decodeUserSig(sig)
    expect(info).toMatchObject({ identifier: 'user_1', sdkAppId: 1400000001, expire: 3600 })
    expect(Math.abs(info!.time - Date.now() / 1000)).toBeLessThan(5)
    expect(isSigExpired(sig)).toBe(false)
    expect(isSigExpired(sig, Date.now() / 1000 + 7200)).toBe(true)
  })

  it('is undefined for anything that is not a sig', () => {
    for (const bad of ['', 'hello', 'eJx', '%%%']) expect(decodeUserSig(bad)).toBeUndefined()
    expect(isSigExpired('not a sig')).toBe(false)
  })
})

describe('httpCredentialSource', () => {
  const ok = (data: unknown, statusCode = 200) => jest.spyOn(Taro, 'request').mockResolvedValue({ data, statusCode, header: {}, errMsg: 'request:ok' } as never)

  it('GETs ?userID= with a timeout and returns the sig', async () => {
    const spy = ok({ SDKAppID: 1400000001, userID: 'u 1', userSig: 'SIG', expireAt: 99 })
    await expect(httpCredentialSource('https://api.example.com/usersig', { SDKAppID: 1400000001 })('u 1')).resolves.toEqual({ userID: 'u 1', userSig: 'SIG', SDKAppID: 1400000001, expireAt: 99 })
    expect(spy.mock.calls[0][0]).toMatchObject({ url: 'https://api.example.com/usersig?userID=u%201', method: 'GET', timeout: 8000 })
  })

  it.each([
    ['http', () => ok({}, 500)],
    ['badResponse', () => ok({ userID: 'u1' })],
    ['mismatch', () => ok({ userID: 'someone-else', userSig: 'S' })],
    ['mismatch', () => ok({ userID: 'u1', userSig: 'S', SDKAppID: 7 })],
    ['network', () => jest.spyOn(Taro, 'request').mockRejectedValue({ errMsg: 'request:fail timeout' })]
  ])('fails with a typed %s error', async (reason, arrange) => {
    arrange()
    const err = await httpCredentialSource('https://x/usersig', { SDKAppID: 1400000001 })('u1').catch((e) => e)
    expect(err).toBeInstanceOf(CredentialError)
    expect(err.reason).toBe(reason)
  })
})

describe('session credentials lifecycle (demo desk with sig checks)', () => {
  const ACCOUNT = '@customer_service_account'
  const deskParams = (userSig?: string) => launchParamsFor({ mode: 'desk', SDKAppID: 1400000001, userID: 'u1', userSig })
  const waitFor = async (pred: () => boolean) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 5))
    expect(pred()).toBe(true)
  }

  function setup(userSig: string | undefined, valid: Set<string>, issue: () => string) {
    const desk = new DemoDesk({ pace: 0, acceptSig: (s) => valid.has(s) })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const source = jest.fn(async (userID: string) => ({ userID, userSig: issue() }))
    const session = new ChatSession({ params: deskParams(userSig), transport: desk, store, credentials: source })
    return { desk, store, source, session }
  }

  it('refreshes an already-expired sig before login', async () => {
    const expired = api.genUserSig('u1', 1)
    const valid = new Set(['fresh'])
    const { store, source, session } = setup(expired, valid, () => 'fresh')
    await new Promise((r) => setTimeout(r, 1100))
    await session.start()
    expect(source).toHaveBeenCalledTimes(1)
    expect(store.getState().connection).toBe('connected')
    await session.stop()
  })

  it('fetches the sig when the URL carries none', async () => {
    const { store, source, session } = setup(undefined, new Set(['fresh']), () => 'fresh')
    await session.start()
    expect(source).toHaveBeenCalledTimes(1)
    expect(store.getState().connection).toBe('connected')
    await session.stop()
  })

  it('refreshes once when login says the sig expired (one it could not decode)', async () => {
    const { store, source, session } = setup('opaque-old-sig', new Set(['fresh']), () => 'fresh')
    await session.start()
    expect(source).toHaveBeenCalledTimes(1)
    expect(store.getState().connection).toBe('connected')
    await session.stop()
  })

  it('without a credential source an expired sig is final: a clear error, no loop', async () => {
    const desk = new DemoDesk({ pace: 0, acceptSig: () => false })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const session = new ChatSession({ params: deskParams('old'), transport: desk, store })
    await session.start()
    expect(store.getState().fatal).toMatchObject({ reason: 'sigExpired' })
    await session.stop()
  })

  it('kicked for an expired sig: refreshed transparently, and nothing the desk sent meanwhile is lost', async () => {
    const valid = new Set(['v1', 'v2'])
    let n = 0
    const { desk, store, source, session } = setup('v1', valid, () => `v${++n + 1}`)
    await session.start()
    desk.kick('userSigExpired')
    desk.deskSays(ACCOUNT, { kind: 'text', text: '重新登录期间的消息' })
    await waitFor(() => store.getState().connection === 'connected' && store.getState().conversations[ACCOUNT].messages.some((m) => m.body.kind === 'text' && m.body.text === '重新登录期间的消息'))
    expect(source).toHaveBeenCalledTimes(1)
    expect(store.getState().kicked).toBeUndefined()
    await session.stop()
  })

  it('a second expiry in a row shows the kicked screen instead of looping', async () => {
    const valid = new Set(['v1', 'v2'])
    let n = 0
    const { desk, store, source, session } = setup('v1', valid, () => `v${++n + 1}`)
    await session.start()
    desk.kick('userSigExpired')
    await waitFor(() => store.getState().connection === 'connected')
    desk.kick('userSigExpired')
    await waitFor(() => store.getState().kicked === 'userSigExpired')
    expect(source).toHaveBeenCalledTimes(1)
    await session.stop()
  })

  it('multipleDevice is never refreshed: the kicked screen shows at once', async () => {
    const { desk, store, source, session } = setup('v1', new Set(['v1']), () => 'v2')
    await session.start()
    desk.kick('multipleDevice')
    await waitFor(() => store.getState().kicked === 'multipleDevice')
    expect(source).not.toHaveBeenCalled()
    await session.stop()
  })
})
