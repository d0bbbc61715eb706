// The emulator itself: deterministic frames, loud failures, the version pin, and the real SDK's own
// behaviour where the hand-written fake (../unit/im/fake-sdk.ts) assumed something else.
import { startEmulator, SDK_APP_ID, EXPECTED_SDK_VERSION } from './real-sdk'
import type { Emulator, RealChat } from './real-sdk'
import { createImServer, DESK_ACCOUNT, encodeFrame } from './server.mjs'

const USER = 'u_test'
const SIG = 'sig-u_test'
let emu: Emulator
let chats: RealChat[] = []

beforeEach(() => {
  emu = startEmulator()
})

afterEach(async () => {
  for (const c of chats) await emu.run(Promise.resolve(c.destroy()).catch(() => undefined), 'destroy')
  chats = []
  const problems = [...emu.server.problems]
  emu.cleanup()
  expect(problems).toEqual([])
})

function create(): RealChat {
  const c = emu.sdk.create({ SDKAppID: SDK_APP_ID })
  c.setLogLevel(4)
  c.use(emu.plugins)
  chats.push(c)
  return c
}

async function scriptedSession(e: Emulator) {
  const chat = e.sdk.create({ SDKAppID: SDK_APP_ID })
  chat.setLogLevel(4)
  chat.use(e.plugins)
  let ready = false
  chat.on(e.sdk.EVENT.SDK_READY, () => (ready = true))
  await e.run(chat.login({ userID: USER, userSig: SIG }))
  await e.until(() => ready, 'ready')
  const msg = chat.createTextMessage({ to: DESK_ACCOUNT, conversationType: e.sdk.TYPES.CONV_C2C, payload: { text: 'hi' } })
  await e.run(chat.sendMessage(msg))
  const s = e.desk.stream(USER, 'a')
  s.next('b')
  s.finish()
  await e.settle(30_000)
  await e.run(chat.getMessageList({ conversationID: `C2C${DESK_ACCOUNT}` }))
  await e.run(chat.logout())
  await e.run(Promise.resolve(chat.destroy()).catch(() => undefined))
  return e.server.frames.map((f) => `${f.dir} ${f.servcmd} ${f.seq} ${JSON.stringify(f.body)}`)
}

it('is deterministic: a scripted session produces identical frames on two fresh runs', async () => {
  const first = await scriptedSession(emu)
  emu.cleanup()
  emu = startEmulator()
  const second = await scriptedSession(emu)
  expect(first.length).toBeGreaterThan(20)
  expect(second).toEqual(first)
})

it('fails loudly on a command it does not know', async () => {
  const server = createImServer({ sdkAppId: SDK_APP_ID, sdkVersion: EXPECTED_SDK_VERSION, quiet: true })
  const replies: ArrayBuffer[] = []
  const conn = server.connect(`wss://${SDK_APP_ID}w4c.my-imcloud.com/binfo?sdkappid=${SDK_APP_ID}&sdkversion=${EXPECTED_SDK_VERSION}`, { message: (d) => replies.push(d), close() {} })
  conn.receive(encodeFrame({ head: { servcmd: 'openim.not_a_command', seq: 7 }, body: {} }))
  await Promise.resolve()
  await Promise.resolve()
  expect(server.problems).toEqual([expect.stringContaining('unknown command openim.not_a_command')])
  expect(server.frames.find((f) => f.dir === 'out')?.body).toMatchObject({ ErrorCode: 60020 })
})

it('refuses another SDK version on the wire', () => {
  const server = createImServer({ sdkAppId: SDK_APP_ID, sdkVersion: EXPECTED_SDK_VERSION, quiet: true })
  server.connect(`wss://${SDK_APP_ID}w4c.my-imcloud.com/binfo?sdkappid=${SDK_APP_ID}&sdkversion=9.9.9`, { message() {}, close() {} })
  expect(server.problems).toEqual([expect.stringContaining('SDK version 9.9.9 on the wire, expected 4.2.1')])
})

it('loads exactly the SDK version package.json pins', () => {
  expect(EXPECTED_SDK_VERSION).toBe('4.2.1')
  expect(emu.sdk.VERSION).toBe(EXPECTED_SDK_VERSION)
})

describe('real SDK behaviour the fake did not model', () => {
  // lite-chat 4.2.1, where 3.6.6 handed out a new instance after destroy() and rejected it with 2024 when not
  // logged in: shared-chat.ts works either way (it keeps its own holders and never relies on destroy's result).
  it('create() hands back the same instance per SDKAppID, even after destroy(), and it logs in again', async () => {
    const a = create()
    expect(create()).toBe(a)
    await emu.run(Promise.resolve(a.destroy()).catch(() => undefined))
    const c = create()
    expect(c).toBe(a)
    await emu.run(c.login({ userID: USER, userSig: SIG }))
    await emu.until(() => emu.server.isOnline(USER), 'online')
  })

  it('logout() when not logged in throws 2024 at once (no promise); destroy() then resolves', async () => {
    const chat = create()
    expect(() => chat.logout()).toThrow(expect.objectContaining({ code: 2024 }))
    await expect(emu.run(Promise.resolve(chat.destroy()))).resolves.toBeUndefined()
    chats = []
  })

  it('a second login of the same user resolves at once with repeatLogin and sends no frame', async () => {
    const chat = create()
    await emu.run(chat.login({ userID: USER, userSig: SIG }))
    await emu.settle(1000)
    const before = emu.server.commands().filter((c) => c === 'im_open_status.wslogin').length
    const res: any = await emu.run(chat.login({ userID: USER, userSig: SIG }))
    expect(res.data).toMatchObject({ repeatLogin: true })
    expect(emu.server.commands().filter((c) => c === 'im_open_status.wslogin')).toHaveLength(before)
  })

  it('going offline: NET_STATE_CHANGE disconnected, then connecting/connected when the network is back', async () => {
    const chat = create()
    const states: string[] = []
    chat.on(emu.sdk.EVENT.NET_STATE_CHANGE, (e: any) => states.push(e.data.state))
    await emu.run(chat.login({ userID: USER, userSig: SIG }))
    await emu.settle(5_000)
    emu.env.setOnline(false)
    emu.server.drop(USER)
    await emu.until(() => states.includes('disconnected'), 'disconnected', 60_000)
    emu.env.setOnline(true)
    await emu.until(() => states[states.length - 1] === 'connected', 'connected again', 120_000)
    expect(states[0]).not.toBe('connected')
    expect(states).toContain('disconnected')
    expect(emu.server.isOnline(USER)).toBe(true)
  })

  // 3.6.6 logged itself out after every kick; lite-chat not after a REST API or userSig-expired one (the adapter
  // logs out then, see adapter.ts afterKick).
  it('KICKED_OUT fires with the SDK’s own type strings; after a REST API kick the SDK stays logged in until logout()', async () => {
    const chat = create()
    const kicks: string[] = []
    chat.on(emu.sdk.EVENT.KICKED_OUT, (e: any) => kicks.push(e.data.type))
    await emu.run(chat.login({ userID: USER, userSig: SIG }))
    await emu.settle(1000)
    emu.server.kick(USER, 3)
    await emu.until(() => kicks.length > 0, 'kick')
    expect(kicks).toEqual([emu.sdk.TYPES.KICKED_OUT_REST_API])
    expect([chat.isReady(), chat.getLoginUser()]).toEqual([true, USER])
    await expect(emu.run(Promise.resolve(chat.logout()))).rejects.toMatchObject({ code: 70398 })
    expect([chat.isReady(), chat.getLoginUser()]).toEqual([false, ''])
  })
})
