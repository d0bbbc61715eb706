// The `cloud:usersig` credential source: the sig comes from the WeChat cloud function through Taro.cloud.callFunction,
// is checked like the https endpoint's answer, refreshed on expiry, and is unavailable (clearly) outside WeChat.
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import ChatPage from '../../../src/customer-service/pages/chat/index'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { canFetchSig, cloudFunctionSpec, credentialSourceFor } from '../../../src/customer-service/session/cloud-source'
import { CredentialError } from '../../../src/customer-service/session/credentials'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import { launchParamsFor } from '../../builders/launch'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')

const api = new Api(1400000001, 'a-test-secret-key-that-is-long-enough')
const USER = 'wx_oAbC_d-1234567890efghIJKLmn'
const platform = process.env.TARO_ENV
const h5Cloud = Taro.cloud

type CallArgs = { name: string; data: { userID: string }; config?: { env?: string } }
let call: jest.Mock
let init: jest.Mock
/** Private instances made with new Taro.cloud.Cloud(…): their options, init and callFunction. */
let made: { options: unknown; init: jest.Mock; callFunction: jest.Mock }[]

beforeEach(() => {
  process.env.TARO_ENV = 'weapp'
  call = jest.fn()
  init = jest.fn()
  made = []
  // WeChat's Taro.cloud (the H5 runtime under jest has only a placeholder).
  const Cloud = jest.fn(function (this: unknown, options: unknown) {
    const instance = { options, init: jest.fn(() => Promise.resolve()), callFunction: call }
    made.push(instance)
    return instance
  })
  ;(Taro as { cloud: unknown }).cloud = { init, callFunction: jest.fn(), Cloud }
  ;(Taro.cloud.callFunction as jest.Mock).mockImplementation((...a: unknown[]) => call(...a))
})
afterEach(() => {
  process.env.TARO_ENV = platform
  ;(Taro as { cloud: unknown }).cloud = h5Cloud
  jest.restoreAllMocks()
})

const answers = (...results: unknown[]) => results.forEach((r) => call.mockResolvedValueOnce({ errMsg: 'cloud.callFunction:ok', result: r }))
const fails = async (setting: string, userID = USER) => credentialSourceFor(setting, 1400000001)!(userID).catch((e) => e)

describe('the setting', () => {
  it('reads cloud:<function>[@<envId>] and nothing else as a cloud function', () => {
    expect(cloudFunctionSpec('cloud:usersig')).toEqual({ name: 'usersig', env: undefined })
    expect(cloudFunctionSpec('cloud:usersig@prod-1a2b')).toEqual({ name: 'usersig', env: 'prod-1a2b' })
    for (const s of ['https://x/usersig', 'cloud:', 'cloud:a b', 'cloud:x@']) expect(cloudFunctionSpec(s)).toBeUndefined()
  })

  it('lets the launch leave userSig out only where the sig can be fetched', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(canFetchSig('')).toBe(false)
    expect(canFetchSig('https://api.example.com/usersig')).toBe(true)
    expect(canFetchSig('cloud:usersig')).toBe(true)
    expect(error).not.toHaveBeenCalled()
    process.env.TARO_ENV = 'h5'
    expect(canFetchSig('cloud:usersig')).toBe(false)
    expect(error.mock.calls[0][0]).toMatch(/cloud:usersig needs WeChat 云开发.*on h5 pass userSig in the launch URL/)
  })
})

describe('cloud credential source', () => {
  it('calls the function with the launch userID and returns its sig, in the app\'s default environment', async () => {
    const sig = api.genUserSig(USER, 3600)
    answers({ SDKAppID: 1400000001, userID: USER, userSig: sig, expireAt: 123 })
    await expect(credentialSourceFor('cloud:usersig', 1400000001)!(USER)).resolves.toEqual({ userID: USER, userSig: sig, SDKAppID: 1400000001, expireAt: 123 })
    expect(Taro.cloud.callFunction).toHaveBeenCalledWith({ name: 'usersig', data: { userID: USER } })
    // The app's default environment is the host's: the chat never inits the global Taro.cloud.
    expect(init).not.toHaveBeenCalled()
    expect(made).toHaveLength(0)
  })

  it('with @<envId>: a private instance of that environment, initialised once, never the global init', async () => {
    const sig = api.genUserSig(USER, 3600)
    answers({ SDKAppID: 1400000001, userID: USER, userSig: sig }, { SDKAppID: 1400000001, userID: USER, userSig: sig })
    const source = credentialSourceFor('cloud:usersig@prod-1', 1400000001)!
    await expect(source(USER)).resolves.toMatchObject({ userSig: sig })
    await expect(source(USER)).resolves.toMatchObject({ userSig: sig })
    expect(made).toHaveLength(1)
    expect(made[0].options).toEqual({ resourceEnv: 'prod-1' })
    expect(made[0].init).toHaveBeenCalledTimes(1)
    expect(call.mock.calls.map((c) => c[0] as CallArgs)).toEqual([{ name: 'usersig', data: { userID: USER } }, { name: 'usersig', data: { userID: USER } }])
    expect(init).not.toHaveBeenCalled()
    expect(Taro.cloud.callFunction).not.toHaveBeenCalled()
  })

  it('without @<envId> in an app that never called Taro.cloud.init: says to init in app.ts', async () => {
    call.mockRejectedValueOnce({ errMsg: "cloud.callFunction:fail Cloud API isn't enabled, please call wx.cloud.init first" })
    const err = await fails('cloud:usersig')
    expect(err).toBeInstanceOf(CredentialError)
    expect(err).toMatchObject({ reason: 'unavailable', message: expect.stringContaining('call Taro.cloud.init({ env }) in app.ts onLaunch') })
    expect(init).not.toHaveBeenCalled()
  })

  it.each([
    ['mismatch', 'the function refuses another user', { error: 'not_your_user', message: 'only your own', userID: 'wx_me' }],
    ['mismatch', 'the function answers for another user', { SDKAppID: 1400000001, userID: 'wx_someone', userSig: 'S' }],
    ['mismatch', 'the function answers for another SDKAppID', { SDKAppID: 7, userID: USER, userSig: 'S' }],
    ['refused', 'the function is not configured', { error: 'not_configured', message: 'set SECRETKEY' }],
    ['badResponse', 'the function answers without a sig', { userID: USER }]
  ])('fails with a typed %s error when %s', async (reason, _, result) => {
    answers(result)
    const err = await fails('cloud:usersig')
    expect(err).toBeInstanceOf(CredentialError)
    expect(err.reason).toBe(reason)
    expect(err.message).toMatch(/cloud function usersig/)
  })

  it('reports a failed call (function missing, no 云开发) with WeChat\'s errMsg', async () => {
    call.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found' })
    const err = await fails('cloud:usersig')
    expect(err).toMatchObject({ reason: 'network', message: expect.stringContaining('-501000') })
  })

  it('gives up after its timeout', async () => {
    call.mockReturnValueOnce(new Promise(() => undefined))
    jest.useFakeTimers()
    try {
      const pending = credentialSourceFor('cloud:usersig', 1400000001)!(USER).catch((e) => e)
      await jest.advanceTimersByTimeAsync(10_001)
      expect(await pending).toMatchObject({ reason: 'network', message: expect.stringContaining('timeout') })
    } finally {
      jest.useRealTimers()
    }
  })

  it('is unavailable on H5, without calling anything', async () => {
    process.env.TARO_ENV = 'h5'
    const err = await fails('cloud:usersig')
    expect(err).toMatchObject({ reason: 'unavailable', message: expect.stringContaining('no WeChat 云开发 (Taro.cloud) on h5') })
    expect(call).not.toHaveBeenCalled()
  })

  it('rejects a malformed cloud setting clearly', async () => {
    expect(await fails('cloud:bad name')).toMatchObject({ reason: 'unavailable', message: expect.stringContaining('expected cloud:<name>') })
  })
})

describe('session with the cloud source (demo desk checking sigs)', () => {
  const ACCOUNT = '@customer_service_account'
  const waitFor = async (pred: () => boolean) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 5))
    expect(pred()).toBe(true)
  }
  const start = (userSig: string | undefined, valid: Set<string>) => {
    const desk = new DemoDesk({ pace: 0, acceptSig: (s) => valid.has(s) })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const params = launchParamsFor({ mode: 'desk', SDKAppID: 1400000001, userID: USER, userSig })
    const session = new ChatSession({ params, transport: desk, store, credentials: credentialSourceFor('cloud:usersig', 1400000001) })
    return { desk, store, session }
  }

  it('fetches the sig before login when the launch has none, and never logs it', async () => {
    const fresh = api.genUserSig(USER, 3600)
    answers({ SDKAppID: 1400000001, userID: USER, userSig: fresh })
    const logs = [jest.spyOn(console, 'log'), jest.spyOn(console, 'warn'), jest.spyOn(console, 'error'), jest.spyOn(console, 'info')]
    const { store, session } = start(undefined, new Set([fresh]))
    await session.start()
    expect(store.getState().connection).toBe('connected')
    expect(call).toHaveBeenCalledTimes(1)
    for (const spy of logs) expect(JSON.stringify(spy.mock.calls)).not.toContain(fresh)
    await session.stop()
  })

  it('refreshes when the desk kicks for an expired sig', async () => {
    const first = api.genUserSig(USER, 3600)
    const second = api.genUserSig(USER, 7200)
    const valid = new Set([first, second])
    answers({ userID: USER, userSig: second })
    const { desk, store, session } = start(first, valid)
    await session.start()
    expect(call).not.toHaveBeenCalled()
    valid.delete(first)
    desk.kick('userSigExpired')
    await waitFor(() => call.mock.calls.length === 1 && store.getState().connection === 'connected')
    expect(store.getState().kicked).toBeUndefined()
    await session.stop()
  })

  it('shows the credentials error when the function refuses', async () => {
    answers({ error: 'not_your_user', message: 'only your own', userID: 'wx_me' })
    const { store, session } = start(undefined, new Set())
    await session.start()
    expect(store.getState().fatal).toMatchObject({ reason: 'credentials' })
    await session.stop()
  })
})

describe('chat page with TARO_APP_USERSIG_URL=cloud:usersig', () => {
  it('on H5 (no 云开发) demands userSig in the launch URL: a clear launch error, not a demo', async () => {
    process.env.TARO_ENV = 'h5'
    const saved = process.env.TARO_APP_USERSIG_URL
    process.env.TARO_APP_USERSIG_URL = 'cloud:usersig'
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      Current.router = { params: { SDKAppID: '1400000001', userID: USER }, path: '/customer-service/pages/chat/index', onReady: '', onHide: '', onShow: '', shareTimelineEventName: '', shareAppMessageEventName: '' } as never
      render(<ChatPage />)
      expect(await screen.findByText('暂时无法打开客服')).toBeInTheDocument()
      expect(screen.getByText(/缺少参数 userSig/)).toBeInTheDocument()
      expect(JSON.stringify(error.mock.calls)).toContain('needs WeChat 云开发')
      expect(call).not.toHaveBeenCalled()
    } finally {
      process.env.TARO_APP_USERSIG_URL = saved
    }
  })
})
