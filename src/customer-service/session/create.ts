// Picks the transport for the launch mode: Tencent AI Desk with credentials, else the demo desk, which a release
// build (TARO_APP_DEMO=off, config/demo.ts) does not carry.
/* eslint-disable import/no-commonjs, @typescript-eslint/no-var-requires */
import type { LaunchParams } from '../launch/types'
import { createTencentTransport } from '../im/tencent'
import type { ChatTransport } from '../im/types'
import { createChatStore } from '../store/chat-store'
import { credentialSourceFor } from './cloud-source'
import { userSigUrl } from './env'
import { ChatSession } from './service'
import type { HostEmit } from './service'

/** The demo desk, reachable as globalThis.__csDemoDesk (see im/demo/start.ts). */
type DemoHook = { __csDemoDesk?: unknown }

type StartDemo = (params: LaunchParams) => ChatTransport

/** The demo desk's starter, or undefined in a release build. */
function demoStarter(): StartDemo | undefined {
  try {
    // Spelled out so the bundler folds it: with TARO_APP_DEMO=off the require and the whole demo desk drop out.
    if (process.env.TARO_APP_DEMO !== 'off') return require('../im/demo/start').startDemoDesk
  } catch {
    // No `process` at run time: a host build that does not define the constant (launch/demo-switch.ts).
  }
  return undefined
}

export function createTransport(params: LaunchParams): ChatTransport {
  if (params.mode === 'desk' && params.SDKAppID) return createTencentTransport(params.SDKAppID)
  const start = demoStarter()
  // The launch parser already refuses this (launch/demo-switch.ts); a custom caller gets told why.
  if (!start) throw new Error('This build has no demo desk (TARO_APP_DEMO=off): launch the chat with SDKAppID, userID and userSig')
  return start(params)
}

/**
 * Drops the demo hook once its chat page has closed: it would otherwise keep the last desk and its whole
 * message log reachable. Only if it still points at this transport (a newer page may own it by now); deleted,
 * not assigned, because the benches catch the desk with an accessor whose setter expects a desk.
 */
export function releaseDemoHook(transport: ChatTransport) {
  const hook = globalThis as DemoHook
  if (hook.__csDemoDesk === transport) delete hook.__csDemoDesk
}

/** A session over the given transport (tests, custom backends) or the one the launch mode picks. */
export function createSession(params: LaunchParams, emit?: HostEmit, transport?: ChatTransport) {
  const store = createChatStore(params.customerServiceIDList, params.customerServiceID)
  // With TARO_APP_USERSIG_URL the sig comes from (and is refreshed by) the developer's endpoint.
  const sigUrl = userSigUrl()
  // An https endpoint, or `cloud:usersig` (the WeChat cloud function, see cloud-source.ts).
  const credentials = params.mode === 'desk' ? credentialSourceFor(sigUrl, params.SDKAppID) : undefined
  const chosen = transport || createTransport(params)
  const session = new ChatSession({ params, transport: chosen, store, emit, credentials })
  return { store, session, transport: chosen }
}
