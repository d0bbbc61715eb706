// The transport seam: everything the chat needs from an IM backend, as plain typed data.
// Implemented by the Tencent adapter (./tencent), the embedded demo desk (./demo) and test fakes.

export type SendStatus = 'sending' | 'sent' | 'failed'

export type MessageBody =
  | { kind: 'text'; text: string }
  | { kind: 'custom'; data: string; description?: string; extension?: string }
  | { kind: 'image'; url: string; thumbUrl?: string; width?: number; height?: number }
  | { kind: 'video'; url: string; coverUrl?: string; duration?: number }
  | { kind: 'file'; url: string; name: string; size: number }
  | { kind: 'sound'; url: string; duration: number; size?: number }
  | { kind: 'location'; description: string; latitude: number; longitude: number }
  | { kind: 'face'; index: number; data: string }
  /** A merged (forwarded) chat record: title and abstract lines; the inner messages when the IM had them inline. */
  | { kind: 'relay'; title: string; abstracts: string[]; messages?: ChatMessage[] }
  | { kind: 'unknown'; type: string }

/** One message as it crosses the seam: never an SDK object. */
export interface ChatMessage {
  /** The SDK's message ID: assigned when the message is created, kept on resend. */
  id: string
  /** 'C2C' + customer-service account. */
  conversationId: string
  from: string
  to: string
  flow: 'in' | 'out'
  /** Server time in seconds (local time while still sending). */
  time: number
  /** Server sequence; 0 while unknown. */
  sequence: number
  status: SendStatus
  isRevoked: boolean
  nick?: string
  avatar?: string
  cloudCustomData?: string
  hasRiskContent?: boolean
  body: MessageBody
  /** Upload progress 0…1 for media still sending. */
  progress?: number
}

export type ConnectionState = 'connecting' | 'connected' | 'disconnected'

export type KickReason = 'multipleAccount' | 'multipleDevice' | 'userSigExpired' | 'REST_API_Kick' | 'unknown'

/** Why something failed, as the UI explains it (see i18n/errors). */
export type ErrorReason =
  | 'network'
  | 'notLoggedIn'
  | 'notReady'
  | 'loginFailed'
  | 'sigExpired'
  | 'sigInvalid'
  | 'credentials'
  | 'repeatLogin'
  | 'sendFailed'
  | 'noUploadPlugin'
  | 'imageSelection'
  | 'uploadFailed'
  | 'revokeTooLate'
  | 'ratingExpired'
  | 'ratingInvalid'
  | 'ratingDuplicate'
  | 'ratingNoStaff'
  | 'internal'
  | 'notFound'
  | 'unknown'

/** Errors are values with a code, a reason the UI can explain, and whether retrying can help. */
export interface ChatError {
  code: number | string
  reason: ErrorReason
  retryable: boolean
  /** Developer detail (never secrets). */
  detail?: string
}

/** A rejected send: the error plus the message as it now stands (status 'failed'), if one was created. */
export interface SendFailure extends ChatError {
  failedMessage?: ChatMessage
}

export interface HistoryPage {
  /** Ascending by time, the newest page first (getMessageList semantics). */
  messages: ChatMessage[]
  /** Cursor for the next (older) page. */
  nextCursor?: string
  isCompleted: boolean
}

export interface HistoryOptions {
  /**
   * The server's newest page, not the copy an IM SDK answers from memory: after a reconnect (what came while
   * away) and for a stalled stream (its newest version). Only meaningful without a cursor.
   */
  fresh?: boolean
}

export interface SendOptions {
  /** Not stored offline and not pushed: Desk control messages (src 7, 24, 27). */
  onlineUserOnly?: boolean
  cloudCustomData?: string
  /** Called synchronously with the created message (status 'sending'), before the network. */
  onCreated?: (message: ChatMessage) => void
  /** Upload progress 0…1 (images). */
  onProgress?: (message: ChatMessage, progress: number) => void
}

export interface TransportEvents {
  ready: undefined
  notReady: undefined
  received: ChatMessage[]
  modified: ChatMessage[]
  revoked: ChatMessage[]
  netState: ConnectionState
  kicked: KickReason
  error: ChatError
}

export type Unsubscribe = () => void

export interface Credentials {
  userID: string
  userSig: string
}

/** What the picker hands over for an image: Taro's chooseMedia result (weapp) or a File (H5). */
export type ImageSource = unknown

/** A finished recording: RecorderManager's onStop result (duration in ms), as the SDK's createAudioMessage takes it. */
export interface SoundSource {
  tempFilePath: string
  duration: number
  fileSize: number
}

export interface ChatTransport {
  login(credentials: Credentials): Promise<void>
  logout(): Promise<void>
  /** Releases everything: listeners, timers, sockets. The transport is unusable afterwards. */
  destroy(): Promise<void>
  updateProfile(profile: { nick?: string; avatar?: string }): Promise<void>
  sendText(to: string, text: string, options?: SendOptions): Promise<ChatMessage>
  sendCustom(to: string, data: string, options?: SendOptions): Promise<ChatMessage>
  sendImage(to: string, image: ImageSource, options?: SendOptions): Promise<ChatMessage>
  /** A voice message (uploaded through the upload plugin like images). */
  sendSound(to: string, sound: SoundSource, options?: SendOptions): Promise<ChatMessage>
  resend(messageId: string, options?: SendOptions): Promise<ChatMessage>
  revoke(messageId: string): Promise<void>
  getHistory(conversationId: string, cursor?: string, options?: HistoryOptions): Promise<HistoryPage>
  markRead(conversationId: string): Promise<void>
  /** A merged message's inner messages when they were not inline (the IM stores long ones apart). */
  loadRelay?(messageId: string): Promise<ChatMessage[]>
  on<K extends keyof TransportEvents>(event: K, handler: (payload: TransportEvents[K]) => void): Unsubscribe
}

export const conversationIdOf = (account: string) => `C2C${account}`
