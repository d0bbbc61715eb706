// Types for ./server.mjs (plain ESM so browser-side tests can load it too).

export const DESK_ACCOUNT: '@customer_service_account'
export const PUSH_CMD: string
export const KICK_CMD: string

export interface WireElem {
  MsgType: string
  MsgContent: Record<string, unknown>
}

export function textElem(text: string): WireElem
export function customElem(data: string, desc?: string, ext?: string): WireElem
export function decodeFrame(data: ArrayBuffer | Uint8Array | string): any
export function encodeFrame(frame: unknown): ArrayBuffer

export interface StoredMessage {
  from: string
  to: string
  elems: WireElem[]
  cloudCustomData: string
  seq: number
  random: number
  time: number
  clientTime: number
  key: string
  version: number
  revoked: boolean
  onlineOnly: boolean
  /** Stored as history only: never pushed, never in an openim.getmsg sync. */
  silent: boolean
}

export interface Frame {
  dir: 'in' | 'out'
  conn: number
  servcmd: string
  seq: number
  body: any
  head?: any
}

export interface ClientSide {
  message(data: ArrayBuffer): void
  close(code: number, reason: string): void
}

export interface ImServer {
  sdkAppId: number
  users: Map<string, { userSig?: string; expired: boolean; nick: string; avatar: string; tinyId: string }>
  frames: Frame[]
  problems: string[]
  log: StoredMessage[]
  files: Map<string, { size: number; width: number; height: number }>
  uploads: { url: string; filePath: string; size: number }[]
  httpRequests: { url: string; method: string }[]
  refusing: boolean
  /** Messages per openim.getmsg page (default 20, an assumption). */
  syncPageSize: number
  /** true: openim.getmsg returns every message after the cookie, including those already pushed (default false). */
  syncReplaysPushed: boolean
  /** Whether the message reached one of the user's sockets (a push or a sync reply that arrived). */
  delivered(userID: string, message: StoredMessage): boolean
  addUser(userID: string, user?: { userSig?: string; expired?: boolean; nick?: string; avatar?: string }): ImServer
  connect(url: string, client: ClientSide): { readonly refused: boolean; receive(data: unknown): void; clientClosed(code?: number, reason?: string): void }
  commands(options?: { all?: boolean }): string[]
  bodies(servcmd: string): any[]
  knownCommands(): string[]
  isOnline(userID: string): boolean
  connections(): { id: number; userID?: string; closed: boolean; host: string }[]
  failNext(servcmd: string, code: number, info?: string, count?: number): void
  /** Run fn once, just before the next request for servcmd is answered. */
  whenNext(servcmd: string, fn: (request: { conn: number; userID?: string; body: any }) => void): void
  hold(servcmd: string): void
  release(servcmd: string): void
  drop(userID: string, code?: number, reason?: string): void
  refuseConnections(value?: boolean): void
  kick(userID: string, kickType: 1 | 2 | 3): void
  push(from: string, to: string, elems: WireElem | WireElem[], options?: { cloudCustomData?: string; nick?: string; avatar?: string; time?: number; silent?: boolean }): StoredMessage
  /** A TIMRelayElem: inner messages inline (MsgList), or kept under a JsonMsgKey for downloadMergerMessage when `stored`. */
  relayElem(title: string, abstracts: string[], inner: { from: string; to?: string; nick?: string; time: number; elems: WireElem[] }[], options?: { stored?: boolean }): WireElem
  modify(message: StoredMessage, elems: WireElem | WireElem[], options?: { cloudCustomData?: string }): StoredMessage
  revoke(message: StoredMessage): StoredMessage
  messagesBetween(a: string, b: string): StoredMessage[]
  http(req: { url: string; method: string; data?: unknown }): { statusCode: number; data: unknown } | null
  upload(req: { url: string; filePath: string; formData?: unknown; size: number }): { statusCode: number; data: unknown } | null
  /** The next `count` uploads fail (COS answers 500; nothing is stored). */
  failNextUpload(count?: number): void
  addFile(path: string, info?: { size?: number; width?: number; height?: number }): {
    tempFilePaths: string[]
    tempFiles: { tempFilePath: string; path: string; size: number; fileType: string; width: number; height: number }[]
  }
}

export function createImServer(options: { sdkAppId: number; sdkVersion: string; now?: () => number; quiet?: boolean }): ImServer

export interface DeskFixtureMessage {
  type: 'TIMCustomElem' | 'TIMTextElem'
  data?: unknown
  dataRaw?: string
  text?: string
  cloudCustomData?: string
  nick?: string
  avatar?: string
}

export interface Desk {
  account: string
  sendFixture(userID: string, message: DeskFixtureMessage): StoredMessage
  sendText(userID: string, text: string): StoredMessage
  sendCustom(userID: string, data: unknown): StoredMessage
  stream(userID: string, firstChunk: string): { message: StoredMessage; next(chunk: string): StoredMessage; finish(): StoredMessage }
}

export function createDesk(server: ImServer, account?: string): Desk
