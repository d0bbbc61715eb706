// ChatTransport over the Tencent Cloud Chat SDK. The SDK namespace is injected (./index.ts passes
// the real one) so this file can be tested against a fake without ever starting the SDK.
import type { ChatSDK, Message } from '@tencentcloud/lite-chat/basic'
import type TencentCloudChat from '@tencentcloud/lite-chat/basic'
import { Emitter } from '../emitter'
import { chatError, toChatError } from '../errors'
import type {
  ChatMessage,
  ChatTransport,
  Credentials,
  HistoryOptions,
  HistoryPage,
  TransportEvents,
  Unsubscribe
} from '../types'
import { toChatMessage } from './convert'
import { pagerOf } from './history'
import { loadRelay } from './relay'
import { TencentOutgoing } from './outgoing'
import { bindSdkEvents } from './sdk-events'
import { holdChatNow, holdChatWhenFree, loginInTurn, releaseChat, sharedWithOthers, untilFree, whileBusy } from './shared-chat'

/** The parts of the SDK namespace the adapter uses. */
export interface SdkNamespace {
  create: (typeof TencentCloudChat)['create']
  EVENT: typeof TencentCloudChat.EVENT
  TYPES: typeof TencentCloudChat.TYPES
}

export interface TencentTransportOptions {
  SDKAppID: number
  sdk: SdkNamespace
  /** lite-chat plugins, installed on the instance as it is created; ./index.ts lists the ones the chat needs. */
  plugins?: unknown[]
  /**
   * SDK log level: 0 verbose … 4 none. Default 2 (warnings and errors): at 1 lite-chat logs the page's full URL at
   * login on H5, and the chat's URL carries the userSig (the Chromium real-SDK test checks the console for it).
   */
  logLevel?: number
}

/** Sending (text, media, resend, revoke) lives in ./outgoing; this class owns the instance, login and events. */
export class TencentTransport extends TencentOutgoing implements ChatTransport {
  /** Undefined until the shared instance is free to use (another page's teardown still in flight). */
  private held: ChatSDK | undefined
  private readonly events = new Emitter<TransportEvents>()
  private readonly sdkListeners: [string, (e: any) => void][] = []
  private destroyed = false

  constructor(options: TencentTransportOptions) {
    super(options)
    const held = holdChatNow(options.sdk, options.SDKAppID, this.create, this)
    if (held) this.attach(held)
  }

  private readonly create = (): ChatSDK => {
    const chat = this.options.sdk.create({ SDKAppID: this.options.SDKAppID })
    chat.setLogLevel(this.options.logLevel ?? 2)
    if (this.options.plugins?.length) chat.use(this.options.plugins)
    return chat
  }

  /** The instance, for calls that only make sense once logged in. */
  protected get chat(): ChatSDK {
    if (!this.held) throw chatError('notReady', 2999, true, 'the chat instance is not ready')
    return this.held
  }

  private attach(chat: ChatSDK) {
    this.held = chat
    this.history = pagerOf(chat)
    // Listeners go on before login so no early event is missed.
    this.sdkListeners.push(...bindSdkEvents(chat, this.options.sdk.EVENT, this.events, (list) => this.adopt(list), () => this.afterKick(chat)))
  }

  /**
   * lite-chat stays logged in after a REST API or userSig-expired kick (3.6.6 logged itself out) and would answer
   * the next login with repeatLogin over a dead socket. Its logout then rejects (70398) but resets the login;
   * after other kicks it is logged out already and refuses at once (2024). Either way, nothing to report.
   * Runs before the kick is reported, so a login it prompts waits for this logout.
   */
  private afterKick(chat: ChatSDK) {
    const { sdk, SDKAppID } = this.options
    whileBusy(sdk, SDKAppID, () => Promise.resolve().then(() => chat.logout())).catch(() => undefined)
  }

  /** Converts SDK messages, remembering the originals for resend/revoke. */
  private adopt(list: unknown): ChatMessage[] {
    const arr = Array.isArray(list) ? (list as Message[]) : []
    this.history?.remember(arr)
    return arr.map((m) => {
      // Only own messages can be resent or recalled: keep no others, so long sessions do not grow memory.
      if (m.flow === 'out') this.originals.set(m.ID, m)
      return toChatMessage(m)
    })
  }

  on<K extends keyof TransportEvents>(event: K, handler: (payload: TransportEvents[K]) => void): Unsubscribe {
    return this.events.on(event, handler)
  }

  async login(credentials: Credentials): Promise<void> {
    const { sdk, SDKAppID } = this.options
    if (this.destroyed) throw chatError('notReady', 2999, false, 'transport destroyed')
    if (!this.held) this.attach(await holdChatWhenFree(sdk, SDKAppID, this.create, this))
    // Another page's logout of the shared instance must finish before this login.
    await untilFree(sdk, SDKAppID)
    try {
      // One login at a time on the shared instance: the SDK refuses a second meanwhile (2025).
      const login = () => loginInTurn(sdk, SDKAppID, () => this.chat.login({ userID: credentials.userID, userSig: credentials.userSig }))
      let res = await login()
      // The shared instance may still be logged in: as someone else (log that one out first), or as this
      // user, in which case SDK_READY will not fire again and this transport is told it is ready.
      if (res?.data?.repeatLogin && this.chat.getLoginUser() !== credentials.userID) {
        await this.chat.logout()
        res = await login()
      }
      if (res?.data?.repeatLogin && this.chat.isReady()) queueMicrotask(() => this.events.emit('ready', undefined))
    } catch (err) {
      throw toChatError(err, 'loginFailed')
    }
  }

  async logout(): Promise<void> {
    const { sdk, SDKAppID } = this.options
    // Another transport (a chat page reopened at once) still uses the login: leave it in place.
    if (!this.held || sharedWithOthers(sdk, SDKAppID, this)) return
    const chat = this.held
    try {
      await whileBusy(sdk, SDKAppID, () => chat.logout())
    } catch (err) {
      throw toChatError(err)
    }
  }

  /**
   * Never rejects: closing the chat must work after a failed login, a kick or a logout (the SDK's own
   * destroy() is logout().finally(…) and rejects with 2024 then). The last holder destroys the instance.
   */
  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    for (const [event, handler] of this.sdkListeners) this.held?.off(event, handler)
    this.sdkListeners.length = 0
    this.events.clear()
    this.originals.clear()
    if (this.held) await releaseChat(this.options.sdk, this.options.SDKAppID, this)
  }

  async updateProfile(profile: { nick?: string; avatar?: string }): Promise<void> {
    const update: { nick?: string; avatar?: string } = {}
    if (profile.nick) update.nick = profile.nick
    if (profile.avatar) update.avatar = profile.avatar
    if (!update.nick && !update.avatar) return
    try {
      await this.chat.updateMyProfile(update)
    } catch (err) {
      throw toChatError(err)
    }
  }

  async getHistory(conversationId: string, cursor?: string, options?: HistoryOptions): Promise<HistoryPage> {
    try {
      const page = await pagerOf(this.chat).page(this.chat, conversationId, cursor, !!options?.fresh)
      return { messages: this.adopt(page.messageList), nextCursor: page.nextCursor, isCompleted: page.isCompleted }
    } catch (err) {
      throw toChatError(err)
    }
  }

  /** A merged message's inner messages (./relay.ts: downloadMergerMessage when the IM stored them apart). */
  async loadRelay(messageId: string): Promise<ChatMessage[]> {
    return loadRelay(this.chat, messageId)
  }

  async markRead(conversationId: string): Promise<void> {
    try {
      await this.chat.setMessageRead({ conversationID: conversationId })
    } catch (err) {
      throw toChatError(err)
    }
  }
}
