// The sending half of the Tencent transport (text, custom, image, sound, resend, revoke), kept apart from
// adapter.ts so each stays small. The adapter extends this and supplies the instance and the history pager.
import type { ChatSDK, Message } from '@tencentcloud/lite-chat/basic'
import { chatError, toChatError } from '../errors'
import type { ChatError, ChatMessage, ImageSource, SendFailure, SendOptions, SoundSource } from '../types'
import type { TencentTransportOptions } from './adapter'
import { toChatMessage } from './convert'
import type { HistoryPager } from './history'

export abstract class TencentOutgoing {
  /** SDK Message objects by ID: resend and revoke need the originals. */
  protected readonly originals = new Map<string, Message>()
  /** History paging on the held instance (it remembers message times: a cursor the SDK forgot pages by time). */
  protected history: HistoryPager | undefined

  constructor(protected readonly options: TencentTransportOptions) {}

  /** The instance, for calls that only make sense once logged in. */
  protected abstract get chat(): ChatSDK

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
    return this.upload('createImageMessage', to, image, options)
  }

  /** The recorder's onStop result goes to the SDK as is: it reads tempFilePath, duration (ms) and fileSize. */
  sendSound(to: string, sound: SoundSource, options?: SendOptions): Promise<ChatMessage> {
    return this.upload('createAudioMessage', to, sound, options)
  }

  /** Media the rich-media plugin creates and uploads: the SDK takes the picker's / recorder's result as payload.file. */
  private upload(kind: 'createImageMessage' | 'createAudioMessage', to: string, file: unknown, options?: SendOptions): Promise<ChatMessage> {
    let created: Message | undefined
    return this.send(() => {
      // lite-chat's basic edition has no media methods until rich-media-message is installed: say so, not a TypeError.
      if (typeof this.chat[kind] !== 'function') throw chatError('noUploadPlugin', 2040, false, 'the rich-media-message plugin is not installed')
      created = this.chat[kind]({
        ...this.base(to, options),
        payload: { file },
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
      this.history?.remember([sent])
      return toChatMessage(sent)
    } catch (err) {
      const failure: SendFailure = { ...asUploadFailure(toChatError(err, 'sendFailed')), failedMessage: { ...toChatMessage(msg), status: 'failed' } }
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
}

/**
 * lite-chat's rich-media uploader rejects with the storage's HTTP status as the code (3.6.6 used 2300–2400):
 * still an upload failure, worth a retry. IM error codes start at 2000, so 400–599 cannot be one of them.
 */
function asUploadFailure(e: ChatError): ChatError {
  return typeof e.code === 'number' && e.code >= 400 && e.code < 600 ? { ...e, reason: 'uploadFailed', retryable: true } : e
}
