// ChatTransport over the Tencent Cloud Chat SDK. The SDK namespace is injected (./index.ts passes
// the real one) so this file can be tested against a fake without ever starting the SDK.
import type { ChatSDK, Message } from '@tencentcloud/chat'
import type TencentCloudChat from '@tencentcloud/chat'
import { Emitter } from '../emitter'
import { chatError, toChatError } from '../errors'
import type {
  ChatMessage,
  ChatTransport,
  ConnectionState,
  Credentials,
  HistoryPage,
  ImageSource,
  KickReason,
  SendFailure,
  SendOptions,
  TransportEvents,
  Unsubscribe
} from '../types'
import { toChatMessage } from './convert'

/** The parts of the SDK namespace the adapter uses. */
export interface SdkNamespace {
  create: (typeof TencentCloudChat)['create']
  EVENT: typeof TencentCloudChat.EVENT
  TYPES: typeof TencentCloudChat.TYPES
}

export interface TencentTransportOptions {
  SDKAppID: number
  sdk: SdkNamespace
  /** tim-upload-plugin's default export; image messages need it. */
  uploadPlugin?: unknown
  /** SDK log level: 0 verbose … 4 none. Default 1 (release). */
  logLevel?: number
}

const KICK_REASONS: KickReason[] = ['multipleAccount', 'multipleDevice', 'userSigExpired', 'REST_API_Kick']

export class TencentTransport implements ChatTransport {
  private readonly chat: ChatSDK
  private readonly events = new Emitter<TransportEvents>()
  private readonly sdkListeners: [string, (e: any) => void][] = []
  /** SDK Message objects by ID: resend and revoke need the originals. */
  private readonly originals = new Map<string, Message>()
  private destroyed = false

  constructor(private readonly options: TencentTransportOptions) {
    const { sdk } = options
    this.chat = sdk.create({ SDKAppID: options.SDKAppID })
    this.chat.setLogLevel(options.logLevel ?? 1)
    if (options.uploadPlugin) this.chat.registerPlugin({ 'tim-upload-plugin': options.uploadPlugin })
    // Listeners go on before login so no early event is missed.
    const E = sdk.EVENT
    this.listen(E.SDK_READY, () => this.events.emit('ready', undefined))
    this.listen(E.SDK_NOT_READY, () => this.events.emit('notReady', undefined))
    this.listen(E.MESSAGE_RECEIVED, (e) => this.events.emit('received', this.adopt(e?.data)))
    this.listen(E.MESSAGE_MODIFIED, (e) => this.events.emit('modified', this.adopt(e?.data)))
    this.listen(E.MESSAGE_REVOKED, (e) => this.events.emit('revoked', this.adopt(e?.data)))
    this.listen(E.NET_STATE_CHANGE, (e) => this.events.emit('netState', netState(e?.data?.state)))
    this.listen(E.KICKED_OUT, (e) => {
      const type = e?.data?.type
      this.events.emit('kicked', KICK_REASONS.includes(type) ? type : 'unknown')
    })
    this.listen(E.ERROR, (e) => this.events.emit('error', toChatError(e?.data)))
  }

  private listen(event: string, handler: (e: any) => void) {
    this.chat.on(event, handler)
    this.sdkListeners.push([event, handler])
  }

  /** Converts SDK messages, remembering the originals for resend/revoke. */
  private adopt(list: unknown): ChatMessage[] {
    const arr = Array.isArray(list) ? (list as Message[]) : []
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
    try {
      await this.chat.login({ userID: credentials.userID, userSig: credentials.userSig })
    } catch (err) {
      throw toChatError(err, 'loginFailed')
    }
  }

  async logout(): Promise<void> {
    try {
      await this.chat.logout()
    } catch (err) {
      throw toChatError(err)
    }
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    for (const [event, handler] of this.sdkListeners) this.chat.off(event, handler)
    this.sdkListeners.length = 0
    this.events.clear()
    this.originals.clear()
    await this.chat.destroy()
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

  private base(to: string, options?: SendOptions) {
    return { to, conversationType: this.options.sdk.TYPES.CONV_C2C, ...(options?.cloudCustomData ? { cloudCustomData: options.cloudCustomData } : {}) }
  }

  sendText(to: string, text: string, options?: SendOptions): Promise<ChatMessage> {
    return this.send(() => this.chat.createTextMessage({ ...this.base(to, options), payload: { text } }), options)
  }

  sendCustom(to: string, data: string, options?: SendOptions): Promise<ChatMessage> {
    return this.send(() => this.chat.createCustomMessage({ ...this.base(to, options), payload: { data } }), options)
  }

  sendImage(to: string, image: ImageSource, options?: SendOptions): Promise<ChatMessage> {
    if (!this.options.uploadPlugin) return Promise.reject(chatError('noUploadPlugin', 2040, false, 'tim-upload-plugin is not registered'))
    let created: Message | undefined
    return this.send(() => {
      created = this.chat.createImageMessage({
        ...this.base(to, options),
        payload: { file: image },
        onProgress: (p: number) => {
          if (created && options?.onProgress) options.onProgress(toChatMessage(created), Math.max(0, Math.min(1, Number(p) || 0)))
        }
      })
      return created
    }, options)
  }

  /** Create (sync, reported through onCreated), then send; failures carry the failed message. */
  private async send(create: () => Message, options?: SendOptions): Promise<ChatMessage> {
    let msg: Message
    try {
      msg = create()
    } catch (err) {
      throw toChatError(err, 'sendFailed')
    }
    // Before SDK_READY the SDK hands back a rejected promise instead of a message.
    if (!msg || typeof (msg as unknown as PromiseLike<unknown>).then === 'function') {
      const err = await Promise.resolve(msg as unknown).then(
        () => undefined,
        (e: unknown) => e
      )
      throw toChatError(err ?? { code: 2999 }, 'notReady')
    }
    this.originals.set(msg.ID, msg)
    options?.onCreated?.(toChatMessage(msg))
    return this.deliver(() => this.chat.sendMessage(msg, options?.onlineUserOnly ? { onlineUserOnly: true } : undefined), msg)
  }

  private async deliver(run: () => Promise<any>, msg: Message): Promise<ChatMessage> {
    try {
      const res = await run()
      const sent: Message = res?.data?.message || msg
      this.originals.set(sent.ID, sent)
      return toChatMessage(sent)
    } catch (err) {
      const failure: SendFailure = { ...toChatError(err, 'sendFailed'), failedMessage: { ...toChatMessage(msg), status: 'failed' } }
      throw failure
    }
  }

  async resend(messageId: string, options?: SendOptions): Promise<ChatMessage> {
    const msg = this.originals.get(messageId)
    if (!msg) throw chatError('notFound', 'notFound', false, `no message ${messageId} to resend`)
    options?.onCreated?.({ ...toChatMessage(msg), status: 'sending' })
    return this.deliver(() => this.chat.resendMessage(msg), msg)
  }

  async revoke(messageId: string): Promise<void> {
    const msg = this.originals.get(messageId)
    if (!msg) throw chatError('notFound', 'notFound', false, `no message ${messageId} to revoke`)
    try {
      await this.chat.revokeMessage(msg)
    } catch (err) {
      throw toChatError(err)
    }
  }

  async getHistory(conversationId: string, cursor?: string): Promise<HistoryPage> {
    try {
      const res = await this.chat.getMessageList(cursor ? { conversationID: conversationId, nextReqMessageID: cursor } : { conversationID: conversationId })
      const data = res?.data || {}
      return {
        messages: this.adopt(data.messageList),
        nextCursor: data.nextReqMessageID || undefined,
        isCompleted: !!data.isCompleted
      }
    } catch (err) {
      throw toChatError(err)
    }
  }

  async markRead(conversationId: string): Promise<void> {
    try {
      await this.chat.setMessageRead({ conversationID: conversationId })
    } catch (err) {
      throw toChatError(err)
    }
  }
}

function netState(state: unknown): ConnectionState {
  return state === 'connected' || state === 'connecting' ? state : 'disconnected'
}
