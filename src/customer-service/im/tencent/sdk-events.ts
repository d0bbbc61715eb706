// The SDK's events, as the transport's: each listener is returned so the transport can take it off
// the shared SDK instance again without touching another holder's.
import type { ChatSDK } from '@tencentcloud/lite-chat/basic'
import type { Emitter } from '../emitter'
import { toChatError } from '../errors'
import type { ChatMessage, ConnectionState, KickReason, TransportEvents } from '../types'
import type { SdkNamespace } from './adapter'

const KICK_REASONS: KickReason[] = ['multipleAccount', 'multipleDevice', 'userSigExpired', 'REST_API_Kick']

export type SdkListener = [string, (e: any) => void]

/** `beforeKick` runs before a kick is reported (the adapter resets the SDK's login there). */
export function bindSdkEvents(chat: ChatSDK, E: SdkNamespace['EVENT'], events: Emitter<TransportEvents>, adopt: (list: unknown) => ChatMessage[], beforeKick: () => void): SdkListener[] {
  const listeners: SdkListener[] = [
    [E.SDK_READY, () => events.emit('ready', undefined)],
    [E.SDK_NOT_READY, () => events.emit('notReady', undefined)],
    [E.MESSAGE_RECEIVED, (e) => events.emit('received', adopt(e?.data))],
    [E.MESSAGE_MODIFIED, (e) => events.emit('modified', adopt(e?.data))],
    [E.MESSAGE_REVOKED, (e) => events.emit('revoked', adopt(e?.data))],
    [E.NET_STATE_CHANGE, (e) => events.emit('netState', netState(e?.data?.state))],
    [
      E.KICKED_OUT,
      (e) => {
        beforeKick()
        events.emit('kicked', KICK_REASONS.includes(e?.data?.type) ? e.data.type : 'unknown')
      }
    ],
    [E.ERROR, (e) => events.emit('error', toChatError(e?.data))]
  ]
  for (const [event, handler] of listeners) chat.on(event, handler)
  return listeners
}

function netState(state: unknown): ConnectionState {
  return state === 'connected' || state === 'connecting' ? state : 'disconnected'
}
