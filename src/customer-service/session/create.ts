// Picks the transport for the launch mode: Tencent AI Desk with credentials, else the demo desk.
import type { LaunchParams } from '../launch/types'
import { DemoDesk } from '../im/demo/demo-desk'
import { createTencentTransport } from '../im/tencent'
import type { ChatTransport } from '../im/types'
import { createChatStore } from '../store/chat-store'
import { httpCredentialSource } from './credentials'
import { userSigUrl } from './env'
import { ChatSession } from './service'
import type { HostEmit } from './service'

/** The demo desk, reachable as globalThis.__csDemoDesk (see createTransport). */
type DemoHook = { __csDemoDesk?: unknown }

export function createTransport(params: LaunchParams): ChatTransport {
  if (params.mode === 'desk' && params.SDKAppID) return createTencentTransport(params.SDKAppID)
  // Lifelike pace and some history to scroll through.
  const desk = new DemoDesk({ pace: 1, historySize: 30, seed: Date.now() % 100000, language: params.language })
  // Demo mode only (no credentials exist to leak): the desk is reachable from the H5 console to try faults
  // (window.__csDemoDesk.kick('multipleDevice'), .disconnect(), .deskSays(…)); the hostile-content tests and the
  // benchmarks (npm run bench: setData cost on the weapp build, H5 render scaling) drive it the same way.
  // Released with its session (releaseDemoHook).
  if (typeof globalThis !== 'undefined') (globalThis as DemoHook).__csDemoDesk = desk
  return desk
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
  const credentials = params.mode === 'desk' && sigUrl ? httpCredentialSource(sigUrl, { SDKAppID: params.SDKAppID }) : undefined
  const chosen = transport || createTransport(params)
  const session = new ChatSession({ params, transport: chosen, store, emit, credentials })
  return { store, session, transport: chosen }
}
