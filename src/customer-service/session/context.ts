// What the parts of a session share: its dependencies, the account on screen, and whether it has stopped.
// Each part gets this one object; anything else a part needs is passed to it by name.
import type { LaunchParams } from '../launch/types'
import type { CsEventName, CsEventPayloads } from '../launch/events'
import type { ChatTransport } from '../im/types'
import type { ChatStore } from '../store/chat-store'
import type { CredentialSource } from './credentials'

export type HostEmit = <K extends CsEventName>(event: K, payload: CsEventPayloads[K]) => void

export interface SessionDeps {
  params: LaunchParams
  transport: ChatTransport
  store: ChatStore
  /** Host notifications (the page passes Taro.eventCenter.trigger). */
  emit?: HostEmit
  now?: () => number
  /** How long to wait for SDK_READY after login. */
  readyTimeoutMs?: number
  /** Where a fresh userSig comes from (the developer's endpoint); without it a stale sig is final. */
  credentials?: CredentialSource
}

export interface SessionContext {
  readonly deps: SessionDeps
  readonly store: ChatStore
  readonly transport: ChatTransport
  readonly emit: HostEmit
  readonly now: () => number
  /** The user this session logs in as. */
  readonly userID: string
  /** The account on screen (read from the store each time). */
  readonly current: string
  /** Set once by stop(): nothing starts after it. */
  stopped: boolean
}

export function createContext(deps: SessionDeps): SessionContext {
  return {
    deps,
    get store() {
      return deps.store
    },
    get transport() {
      return deps.transport
    },
    emit: deps.emit || (() => undefined),
    now: deps.now || Date.now,
    get userID() {
      return deps.params.userID || 'demo-user'
    },
    get current() {
      return deps.store.getState().current
    },
    stopped: false
  }
}
