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

export function createTransport(params: LaunchParams): ChatTransport {
  if (params.mode === 'desk' && params.SDKAppID) return createTencentTransport(params.SDKAppID)
  // Lifelike pace and some history to scroll through.
  const desk = new DemoDesk({ pace: 1, historySize: 30, seed: Date.now() % 100000 })
  // H5 demo only: the desk is reachable from the browser console to try faults (window.__csDemoDesk.kick('multipleDevice'),
  // .disconnect(), .deskSays(…)); the hostile-content tests drive it the same way.
  if (process.env.TARO_ENV === 'h5') (globalThis as { __csDemoDesk?: DemoDesk }).__csDemoDesk = desk
  return desk
}

/** A session over the given transport (tests, custom backends) or the one the launch mode picks. */
export function createSession(params: LaunchParams, emit?: HostEmit, transport?: ChatTransport) {
  const store = createChatStore(params.customerServiceIDList, params.customerServiceID)
  // With TARO_APP_USERSIG_URL the sig comes from (and is refreshed by) the developer's endpoint.
  const sigUrl = userSigUrl()
  const credentials = params.mode === 'desk' && sigUrl ? httpCredentialSource(sigUrl, { SDKAppID: params.SDKAppID }) : undefined
  const session = new ChatSession({ params, transport: transport || createTransport(params), store, emit, credentials })
  return { store, session }
}
