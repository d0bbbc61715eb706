// A fake of the Chat SDK, shaped by its index.d.ts and matched to what the REAL @tencentcloud/lite-chat 4.2.1 does
// over the emulator (__tests__/emulator, /tmp/research/emulator-findings.md): one instance per SDKAppID until
// destroy(); a login while logged in resolves { repeatLogin: true } without SDK_READY; SDK_READY comes after
// login() resolved; sending, logout() and destroy() reject with 2024 when not logged in; a kick logs it out.
// Records calls and lets tests fire events. The real SDK runs in jest only inside the emulator.

import type { SdkNamespace } from '../../../src/customer-service/im/tencent/adapter'
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

export const TYPES = { CONV_C2C: 'C2C', KICKED_OUT_MULT_ACCOUNT: 'multipleAccount', KICKED_OUT_MULT_DEVICE: 'multipleDevice', KICKED_OUT_REST_API: 'REST_API_Kick' }

/** Stands for lite-chat's rich-media-message plugin (the others only add methods this fake always has). */
export const RICH_MEDIA = { name: 'RichMediaMessage' }

/** The SDK's refusal when not logged in (USER_NOT_LOGGED_IN). */
export const NOT_LOGGED_IN = 2024

/** Lets a pending SDK_READY (a task after login) fire. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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
  /** Set: the next logins are refused with it (e.g. { code: 70001 }), and the instance stays logged out. */
  loginError: unknown
  sendResult: (m: SdkMessage) => Promise<unknown> = (m) => Promise.resolve({ data: { message: { ...m, status: 'success' } } })
  history = { messageList: [] as SdkMessage[], nextReqMessageID: '', isCompleted: true }
  /** What use() installed, in order. */
  plugins: unknown[] = []
  /** Like lite-chat's basic edition: image and voice messages exist only once the rich-media plugin is installed. */
  createImageMessage?: (opts: any) => SdkMessage
  createAudioMessage?: (opts: any) => SdkMessage
  lastCreateOptions: any
  destroyed = false
  private user: string | undefined
  private sdkReady = false

  constructor(private readonly onDestroy: () => void = () => undefined) {}

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

  use(list: unknown[]) {
    this.plugins.push(...list)
    if (!list.includes(RICH_MEDIA)) return
    this.createImageMessage = (opts) => this.create('TIMImageElem', opts)
    this.createAudioMessage = (opts) => this.create('TIMSoundElem', opts)
  }

  getLoginUser(): string {
    return this.user ?? ''
  }

  isReady(): boolean {
    return this.sdkReady
  }

  private notLoggedIn() {
    return Promise.reject({ code: NOT_LOGGED_IN, message: 'user not logged in' })
  }

  /** Logged in already (as anyone): repeatLogin at once, no frame, no second SDK_READY. */
  login(o: { userID: string; userSig: string }) {
    this.calls.push(`login:${o.userID}`)
    if (this.user !== undefined) return Promise.resolve({ data: { repeatLogin: true } })
    if (this.loginError) return Promise.reject(this.loginError)
    this.user = o.userID
    // SDK_READY follows login() (after the boot commands): a task later, not with its result.
    setTimeout(() => {
      if (this.user !== o.userID || this.destroyed) return
      this.sdkReady = true
      this.fire(EVENT.SDK_READY, undefined)
    }, 0)
    return Promise.resolve({ data: {} })
  }

  private signOut() {
    this.user = undefined
    this.sdkReady = false
  }

  logout() {
    this.calls.push('logout')
    if (this.user === undefined) return this.notLoggedIn()
    this.signOut()
    return Promise.resolve({ data: {} })
  }

  /** The SDK's destroy() is logout().finally(teardown): it rejects with 2024 when not logged in. */
  destroy() {
    this.calls.push('destroy')
    const loggedIn = this.user !== undefined
    this.signOut()
    this.destroyed = true
    this.onDestroy()
    return loggedIn ? Promise.resolve() : this.notLoggedIn()
  }

  /** Kicked by the server: KICKED_OUT with the SDK's type string, and logged out. */
  kick(type: string) {
    this.signOut()
    this.fire(EVENT.KICKED_OUT, { type })
  }

  updateMyProfile(o: unknown) {
    this.calls.push(`profile:${JSON.stringify(o)}`)
    return Promise.resolve({})
  }

  /** Creating works before login (the real SDK checks on send). */
  private create(type: string, opts: any) {
    this.lastCreateOptions = opts
    return sdkMessage({ type, payload: opts.payload, flow: 'out', from: this.user ?? '', to: opts.to, status: 'unSend', sequence: 0, conversationID: `C2C${opts.to}` })
  }

  createTextMessage(opts: any) {
    return this.create('TIMTextElem', opts)
  }

  createCustomMessage(opts: any) {
    return this.create('TIMCustomElem', opts)
  }

  sendMessage(m: SdkMessage, opts?: unknown) {
    this.calls.push(`send:${m.ID}:${JSON.stringify(opts ?? null)}`)
    if (this.user === undefined) return this.notLoggedIn()
    return this.sendResult(m)
  }

  resendMessage(m: SdkMessage) {
    this.calls.push(`resend:${m.ID}`)
    if (this.user === undefined) return this.notLoggedIn()
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

/** An SDK namespace that, like the real one, hands out one instance per SDKAppID until that instance is destroyed. */
export function fakeSdk() {
  const made: FakeChat[] = []
  const live = new Map<number, FakeChat>()
  const create = ({ SDKAppID }: { SDKAppID: number }) => {
    let chat = live.get(SDKAppID)
    if (!chat) {
      const created: FakeChat = new FakeChat(() => {
        if (live.get(SDKAppID) === created) live.delete(SDKAppID)
      })
      live.set(SDKAppID, (chat = created))
      made.push(chat)
    }
    return chat
  }
  return { sdk: { create, EVENT, TYPES } as unknown as SdkNamespace, made }
}
