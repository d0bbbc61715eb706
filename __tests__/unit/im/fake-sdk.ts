// A fake of the Chat SDK object, shaped by its index.d.ts: records calls, lets tests fire events.
// The real SDK is never instantiated in jest (its login hangs ~90 s offline and keeps timers).

import type { SdkMessageLike } from '../../../src/customer-service/im/tencent/convert'

export const EVENT = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  MESSAGE_RECEIVED: 'onMessageReceived',
  MESSAGE_MODIFIED: 'onMessageModified',
  MESSAGE_REVOKED: 'onMessageRevoked',
  KICKED_OUT: 'kickedOut',
  ERROR: 'error',
  NET_STATE_CHANGE: 'netStateChange'
}

export const TYPES = { CONV_C2C: 'C2C' }

type Handler = (e: unknown) => void

export interface SdkMessage extends SdkMessageLike {
  type: string
  sequence: number
  /** SDK objects carry methods; converted messages must not. */
  getElemList?: () => unknown[]
}

let nextId = 0

export function sdkMessage(overrides: Partial<SdkMessage> = {}): SdkMessage {
  nextId += 1
  return {
    ID: `sdk-${nextId}`,
    type: 'TIMTextElem',
    payload: { text: 'hi' },
    conversationID: 'C2C@customer_service_account',
    from: '@customer_service_account',
    to: 'u1',
    flow: 'in',
    time: 1_700_000_000,
    status: 'success',
    isRevoked: false,
    sequence: nextId,
    getElemList: () => [],
    ...overrides
  }
}

export class FakeChat {
  calls: string[] = []
  handlers = new Map<string, Set<Handler>>()
  loginResult: Promise<unknown> = Promise.resolve({ data: {} })
  sendResult: (m: SdkMessage) => Promise<unknown> = (m) => Promise.resolve({ data: { message: { ...m, status: 'success' } } })
  createResult: ((opts: any) => unknown) | undefined
  history = { messageList: [] as SdkMessage[], nextReqMessageID: '', isCompleted: true }
  plugins: Record<string, unknown> = {}
  lastCreateOptions: any

  on(event: string, h: Handler) {
    this.calls.push(`on:${event}`)
    if (!this.handlers.has(event)) this.handlers.set(event, new Set())
    this.handlers.get(event)!.add(h)
  }

  off(event: string, h: Handler) {
    this.calls.push(`off:${event}`)
    this.handlers.get(event)?.delete(h)
  }

  fire(event: string, data: unknown) {
    for (const h of this.handlers.get(event) || []) h({ name: event, data })
  }

  get listenerCount() {
    return [...this.handlers.values()].reduce((n, s) => n + s.size, 0)
  }

  setLogLevel(l: number) {
    this.calls.push(`setLogLevel:${l}`)
  }

  registerPlugin(p: Record<string, unknown>) {
    Object.assign(this.plugins, p)
  }

  login(o: { userID: string; userSig: string }) {
    this.calls.push(`login:${o.userID}`)
    return this.loginResult
  }

  logout() {
    this.calls.push('logout')
    return Promise.resolve()
  }

  destroy() {
    this.calls.push('destroy')
    return Promise.resolve()
  }

  updateMyProfile(o: unknown) {
    this.calls.push(`profile:${JSON.stringify(o)}`)
    return Promise.resolve({})
  }

  private create(type: string, opts: any) {
    this.lastCreateOptions = opts
    if (this.createResult) return this.createResult(opts)
    return sdkMessage({ type, payload: opts.payload, flow: 'out', from: 'u1', to: opts.to, status: 'unSend', sequence: 0, conversationID: `C2C${opts.to}` })
  }

  createTextMessage(opts: any) {
    return this.create('TIMTextElem', opts)
  }

  createCustomMessage(opts: any) {
    return this.create('TIMCustomElem', opts)
  }

  createImageMessage(opts: any) {
    return this.create('TIMImageElem', opts)
  }

  sendMessage(m: SdkMessage, opts?: unknown) {
    this.calls.push(`send:${m.ID}:${JSON.stringify(opts ?? null)}`)
    return this.sendResult(m)
  }

  resendMessage(m: SdkMessage) {
    this.calls.push(`resend:${m.ID}`)
    return this.sendResult(m)
  }

  revokeMessage(m: SdkMessage) {
    this.calls.push(`revoke:${m.ID}`)
    return Promise.resolve({})
  }

  getMessageList(o: { conversationID: string; nextReqMessageID?: string }) {
    this.calls.push(`history:${o.conversationID}:${o.nextReqMessageID ?? ''}`)
    return Promise.resolve({ data: this.history })
  }

  setMessageRead(o: { conversationID: string }) {
    this.calls.push(`read:${o.conversationID}`)
    return Promise.resolve({})
  }
}
