// The user's messages on their way to the demo desk: created, uploaded (images report progress), then
// stored on the server or failed with a resendable copy. Failures come from the connection, the injected
// dropSend fault, or the desk's own refusals; what is stored, the bot answers.
import { chatError } from '../errors'
import type { ChatError, ChatMessage, ImageSource, MessageBody, SendFailure, SendOptions } from '../types'
import type { Later } from './options'
import type { ServerLog } from './server-log'

/** What sending needs from the desk: the server log, the bot, the clock and dice, and the connection. */
export interface SendContext {
  log: ServerLog
  bot: {
    refuse(m: ChatMessage): ChatError | undefined
    react(m: ChatMessage, options?: SendOptions): void
  }
  now(): number
  later: Later
  random(): number
  user(): string
  loggedIn(): boolean
  online(): boolean
  /** Read when each send completes, so setFaults applies to sends already under way. */
  dropSend(): number
}

export class UserSends {
  /** Failed messages by id, until resent: resend keeps the id, as the SDK does. */
  private readonly failures = new Map<string, ChatMessage>()

  constructor(private readonly ctx: SendContext) {}

  async resend(messageId: string, options?: SendOptions): Promise<ChatMessage> {
    const failed = this.failures.get(messageId)
    if (!failed) throw chatError('notFound', 'notFound', false, `no failed message ${messageId}`)
    this.failures.delete(messageId)
    return this.send(failed.to, failed.body, options, failed.body.kind === 'image' || failed.body.kind === 'sound', failed)
  }

  send(to: string, body: MessageBody, options: SendOptions | undefined, upload = false, previous?: ChatMessage): Promise<ChatMessage> {
    const { ctx } = this
    const time = Math.floor(ctx.now() / 1000)
    const created: ChatMessage = previous
      ? { ...previous, status: 'sending', time }
      : ctx.log.message({ conversationId: `C2C${to}`, from: ctx.user(), to, flow: 'out', time, sequence: 0, body, ...(options?.cloudCustomData ? { cloudCustomData: options.cloudCustomData } : {}) })
    created.status = 'sending'
    options?.onCreated?.({ ...created })
    return new Promise((resolve, reject) => {
      const fail = (code: number, reason: 'network' | 'notLoggedIn', detail: string) => {
        const failedMessage = { ...created, status: 'failed' as const }
        this.failures.set(created.id, failedMessage)
        const failure: SendFailure = { ...chatError(reason, code, true, detail), failedMessage }
        reject(failure)
      }
      const finish = () => {
        if (!ctx.loggedIn()) return fail(2024, 'notLoggedIn', 'not logged in')
        if (!ctx.online()) return fail(2801, 'network', 'no network')
        const dropSend = ctx.dropSend()
        if (dropSend && ctx.random() < dropSend) return fail(2801, 'network', 'injected send failure')
        // A refusal is final (no resend): the desk would refuse the same message again.
        const refusal = ctx.bot.refuse(created)
        if (refusal) {
          const failedMessage = { ...created, status: 'failed' as const }
          reject({ ...refusal, failedMessage } as SendFailure)
          return
        }
        const sent: ChatMessage = { ...created, status: 'sent', sequence: ctx.log.nextSequence(), progress: undefined }
        ctx.log.store(sent)
        resolve({ ...sent })
        ctx.bot.react(sent, options)
      }
      if (upload) {
        // Upload progress, as tim-upload-plugin reports it.
        for (const [i, p] of [0.3, 0.7, 1].entries()) ctx.later(150 * (i + 1), () => options?.onProgress?.({ ...created }, p))
        ctx.later(600, finish)
      } else {
        ctx.later(80, finish)
      }
    })
  }
}

/** Where the picked image is: Taro's chooseMedia result, a chooseImage path, or a placeholder. */
export function imageUrl(image: ImageSource): string {
  const i = image as { tempFilePath?: string; tempFiles?: { tempFilePath?: string }[]; path?: string } | undefined
  return i?.tempFiles?.[0]?.tempFilePath || i?.tempFilePath || i?.path || 'demo://image'
}
