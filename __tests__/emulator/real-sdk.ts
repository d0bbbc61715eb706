// Loads the REAL @tencentcloud/lite-chat basic build and the plugins the chat installs (mini-program code
// path) against the emulator: a simulated `wx` wired to the in-process server, jest modern fake timers, a
// seeded Math.random (the SDK draws request sequences and socket ids from it) so every run sends the same frames.
//
// Each file (a UMD bundle) is evaluated afresh for each emulator (a new Function over its source, with its own
// `module`): every test gets its own module state, including the SDK's per-SDKAppID instance map and the
// plugins' singletons. jest's moduleNameMapper (which stubs the SDK for unit tests) is not involved, and the
// files are not transformed.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { TencentTransport } from '../../src/customer-service/im/tencent/adapter'
import type { SdkNamespace } from '../../src/customer-service/im/tencent/adapter'
import { createDesk, createImServer } from './server.mjs'
import type { Desk, ImServer } from './server.mjs'
import { createWx } from './wx.mjs'
import type { WxEnv } from './wx.mjs'

const ROOT = path.join(__dirname, '..', '..')
const PACKAGE = path.join(ROOT, 'node_modules/@tencentcloud/lite-chat')
export const SDK_FILE = path.join(PACKAGE, 'basic.js')
/** The plugins src/customer-service/im/tencent/index.ts installs, in its order. */
const PLUGIN_NAMES = ['message-enhancer', 'rich-media-message', 'conversation'] as const
/** The version this repo ships: an SDK upgrade must come with a re-checked emulator. */
export const EXPECTED_SDK_VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies['@tencentcloud/lite-chat']
export const SDK_APP_ID = 1400000001
export const EPOCH = Date.UTC(2026, 0, 1, 0, 0, 0)

export type RealSdk = SdkNamespace & { VERSION: string; TYPES: Record<string, string>; EVENT: Record<string, string> }
export type RealChat = ReturnType<SdkNamespace['create']>

const sources = new Map<string, string>()

function seededMath(seed: number): Math {
  let a = seed >>> 0
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return Object.assign(Object.create(Math) as Math, { random })
}

export interface SdkLogLine {
  level: string
  text: string
}

/** A fresh copy of one UMD file's export (globals such as `wx` must already be in place). */
function evaluateUmd(file: string, math: Math, console: unknown): any {
  let source = sources.get(file)
  if (source === undefined) sources.set(file, (source = readFileSync(file, 'utf8')))
  const mod: { exports: any } = { exports: {} }
  // eslint-disable-next-line no-new-func -- evaluating the package's own file, with Math and console injected
  new Function('module', 'exports', 'define', 'Math', 'console', source)(mod, mod.exports, undefined, math, console)
  return mod.exports
}

function captureConsole(logs: SdkLogLine[]) {
  const sink = (level: string) => (...args: unknown[]) => {
    logs.push({ level, text: args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ') })
  }
  return { log: sink('log'), info: sink('info'), warn: sink('warn'), error: sink('error'), debug: sink('debug'), time() {}, timeEnd() {}, trace: sink('trace') }
}

function safeJson(v: unknown) {
  try {
    return JSON.stringify(v)
  } catch {
    return String(v)
  }
}

export interface Emulator {
  server: ImServer
  desk: Desk
  env: WxEnv
  sdk: RealSdk
  /** The plugins the chat installs (pass as `plugins` to TencentTransport), loaded against the simulated wx. */
  plugins: unknown[]
  /** rich-media-message among them: leave it out to see the chat without image and voice messages. */
  richMedia: unknown
  logs: SdkLogLine[]
  /** Advance fake time in steps until cond() holds (throws after maxMs of fake time). */
  until(cond: () => boolean, what?: string, maxMs?: number): Promise<void>
  /** Advance fake time until p settles, then hand back its result (or throw its error). */
  run<T>(p: Promise<T>, what?: string, maxMs?: number): Promise<T>
  /** Let pending microtasks and due timers run. */
  settle(ms?: number): Promise<void>
  cleanup(): void
}

const GLOBALS = ['wx', 'getApp', '__wxConfig', 'HTMLInputElement'] as const

export interface EmulatorOptions {
  sdkAppId?: number
  seed?: number
  users?: Record<string, { userSig: string; expired?: boolean }>
}

/** Fake timers, globals, server, desk and a fresh real SDK. Call cleanup() in afterEach. */
export function startEmulator(options: EmulatorOptions = {}): Emulator {
  jest.useFakeTimers({ now: EPOCH })
  const g = globalThis as Record<string, unknown>
  const saved = new Map(GLOBALS.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]))
  const server = createImServer({ sdkAppId: options.sdkAppId ?? SDK_APP_ID, sdkVersion: EXPECTED_SDK_VERSION, quiet: true })
  for (const [id, u] of Object.entries(options.users ?? { u_test: { userSig: 'sig-u_test' } })) server.addUser(id, u)
  const desk = createDesk(server)
  const env = createWx({ server })
  g.wx = env.wx
  g.getApp = () => ({ globalData: {} })
  g.__wxConfig = { pages: ['pages/index/index', 'customer-service/pages/chat/index'] }
  // The SDK's payload checks name HTMLInputElement even on the mini-program path.
  if (typeof g.HTMLInputElement === 'undefined') g.HTMLInputElement = class HTMLInputElement {}
  const logs: SdkLogLine[] = []
  const math = seededMath(options.seed ?? 16)
  const quiet = captureConsole(logs)
  const sdk: RealSdk = evaluateUmd(SDK_FILE, math, quiet)
  if (sdk.VERSION !== EXPECTED_SDK_VERSION) throw new Error(`@tencentcloud/lite-chat ${sdk.VERSION} loaded, package.json pins ${EXPECTED_SDK_VERSION}: re-check the emulator`)
  const plugins = PLUGIN_NAMES.map((name) => evaluateUmd(path.join(PACKAGE, 'plugins', `${name}.js`), math, quiet))

  const settle = async (ms = 0) => {
    await jest.advanceTimersByTimeAsync(ms)
  }
  const until = async (cond: () => boolean, what = 'condition', maxMs = 120_000) => {
    for (let t = 0; t <= maxMs; t += 50) {
      if (cond()) return
      await jest.advanceTimersByTimeAsync(50)
    }
    throw new Error(`emulator: timed out (fake ${maxMs} ms) waiting for ${what}`)
  }
  return {
    server,
    desk,
    env,
    sdk,
    plugins,
    richMedia: plugins[PLUGIN_NAMES.indexOf('rich-media-message')],
    logs,
    settle,
    until,
    async run(p, what = 'call', maxMs) {
      let done = false
      p.then(
        () => {
          done = true
        },
        () => {
          done = true
        }
      )
      await until(() => done, what, maxMs)
      return p
    },
    cleanup() {
      jest.clearAllTimers()
      jest.useRealTimers()
      for (const [k, d] of saved) {
        if (d) Object.defineProperty(g, k, d)
        else delete g[k]
      }
    }
  }
}

/**
 * A fresh emulator for each test of the file (storage cleared first, since the chat keeps its outbox there);
 * after each, it is torn down and the test fails if the server met anything it does not know.
 */
export function emulatorPerTest(): () => Emulator {
  let emu: Emulator | undefined
  beforeEach(() => {
    localStorage.clear()
    emu = startEmulator()
  })
  afterEach(() => {
    const problems = [...emu!.server.problems]
    emu!.cleanup()
    expect(problems).toEqual([])
  })
  return () => emu!
}

/** A TencentTransport over the emulator's real SDK, logged in as `userID` and past SDK_READY. */
export async function loggedInTransport(emu: Emulator, userID = 'u_test'): Promise<TencentTransport> {
  const t = new TencentTransport({ SDKAppID: SDK_APP_ID, sdk: emu.sdk, plugins: emu.plugins })
  let ready = false
  t.on('ready', () => (ready = true))
  await emu.run(t.login({ userID, userSig: `sig-${userID}` }), 'login')
  await emu.until(() => ready, 'ready')
  return t
}
