// The last screenful of each conversation, kept in storage per user and account, so the chat can show it the
// moment it opens while login runs. What is read back is rebuilt field by field: a corrupt, foreign, outdated or
// oversized entry is ignored (and removed), never shown. Only plain message data goes in: no credentials.
import type { ChatMessage, MessageBody } from '../im/types'

/** The slice of Taro's storage API the cache uses (injected: tests and benches pass their own). */
export interface CacheStorage {
  getStorageSync(key: string): unknown
  setStorageSync(key: string, value: unknown): void
  removeStorageSync(key: string): void
}

export const OPEN_CACHE_VERSION = 1
export const OPEN_CACHE_MAX_MESSAGES = 30
/** UTF-8 bytes of one stored entry (a mini-program's storage is 10 MB in all, 1 MB per key). */
export const OPEN_CACHE_MAX_BYTES = 48 * 1024

// Under the prefix launch/cache.ts clears on the host's logout (clearChatCache).
const PREFIX = `cs-open:v${OPEN_CACHE_VERSION}`
/** Whose entries the device holds, and for which accounts: what a logout or another user clears. */
const OWNER_KEY = `${PREFIX}:owner`
const MAX_ID = 128
const MAX_STRING = 16 * 1024

interface Owner {
  userID: string
  accounts: string[]
}

export function utf8Bytes(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

// ── validation: every field, by type and bound; anything else makes the whole entry unusable ──
const str = (v: unknown, max = MAX_STRING): v is string => typeof v === 'string' && v.length <= max
const optStr = (v: unknown, max = MAX_STRING) => v === undefined || str(v, max)
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0
const optNum = (v: unknown) => v === undefined || num(v)
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function readBody(b: unknown): MessageBody | undefined {
  if (!isObject(b)) return undefined
  switch (b.kind) {
    case 'text':
      return str(b.text) ? { kind: 'text', text: b.text } : undefined
    case 'custom':
      return str(b.data) && optStr(b.description) && optStr(b.extension) ? { kind: 'custom', data: b.data, description: b.description as string | undefined, extension: b.extension as string | undefined } : undefined
    case 'image':
      return str(b.url) && optStr(b.thumbUrl) && optNum(b.width) && optNum(b.height) ? { kind: 'image', url: b.url, thumbUrl: b.thumbUrl as string | undefined, width: b.width as number | undefined, height: b.height as number | undefined } : undefined
    case 'video':
      return str(b.url) && optStr(b.coverUrl) && optNum(b.duration) ? { kind: 'video', url: b.url, coverUrl: b.coverUrl as string | undefined, duration: b.duration as number | undefined } : undefined
    case 'file':
      return str(b.url) && str(b.name) && num(b.size) ? { kind: 'file', url: b.url, name: b.name, size: b.size } : undefined
    case 'sound':
      return str(b.url) && num(b.duration) && optNum(b.size) ? { kind: 'sound', url: b.url, duration: b.duration, size: b.size as number | undefined } : undefined
    default:
      return undefined
  }
}

/** A stored message, rebuilt with only the fields ChatMessage has; undefined when any field is off. */
function readMessage(m: unknown, conversationId: string): ChatMessage | undefined {
  if (!isObject(m)) return undefined
  const { id, from, to, flow, time, sequence, status, isRevoked, nick, avatar, cloudCustomData, hasRiskContent } = m
  if (!str(id, MAX_ID) || !id || m.conversationId !== conversationId || !str(from, MAX_ID) || !str(to, MAX_ID)) return undefined
  if ((flow !== 'in' && flow !== 'out') || !num(time) || !num(sequence) || status !== 'sent' || typeof isRevoked !== 'boolean') return undefined
  if (!optStr(nick, 256) || !optStr(avatar, 2048) || !optStr(cloudCustomData) || (hasRiskContent !== undefined && typeof hasRiskContent !== 'boolean')) return undefined
  const body = readBody(m.body)
  if (!body) return undefined
  const out: ChatMessage = { id, conversationId, from, to, flow, time, sequence, status, isRevoked, body }
  if (nick !== undefined) out.nick = nick as string
  if (avatar !== undefined) out.avatar = avatar as string
  if (cloudCustomData !== undefined) out.cloudCustomData = cloudCustomData as string
  if (hasRiskContent !== undefined) out.hasRiskContent = hasRiskContent as boolean
  return out
}

/** What is written: the same fields, nothing more (no upload progress, no decoded view, no flags). */
function plain(m: ChatMessage): ChatMessage {
  const { id, conversationId, from, to, flow, time, sequence, isRevoked, nick, avatar, cloudCustomData, hasRiskContent, body } = m
  return { id, conversationId, from, to, flow, time, sequence, status: 'sent', isRevoked, nick, avatar, cloudCustomData, hasRiskContent, body }
}

const ascending = (a: ChatMessage, b: ChatMessage) => a.time - b.time || a.sequence - b.sequence

export class OpenCache {
  private readonly key: string

  constructor(
    private readonly storage: CacheStorage,
    private readonly userID: string,
    private readonly account: string
  ) {
    this.key = `${PREFIX}:${userID}:${account}`
  }

  private get conversationId() {
    return `C2C${this.account}`
  }

  /** The cached messages, oldest first; [] when there are none or the entry does not check out. */
  read(): ChatMessage[] {
    try {
      const raw = this.storage.getStorageSync(this.key)
      if (typeof raw !== 'string' || !raw) return []
      const entry = utf8Bytes(raw) <= OPEN_CACHE_MAX_BYTES ? JSON.parse(raw) : undefined
      const messages = this.valid(entry)
      if (!messages) this.clear()
      return messages || []
    } catch {
      this.clear()
      return []
    }
  }

  private valid(entry: unknown): ChatMessage[] | undefined {
    if (!isObject(entry) || entry.v !== OPEN_CACHE_VERSION || entry.userID !== this.userID || entry.account !== this.account) return undefined
    const list = entry.messages
    if (!Array.isArray(list) || list.length > OPEN_CACHE_MAX_MESSAGES) return undefined
    const out: ChatMessage[] = []
    const ids = new Set<string>()
    for (const m of list) {
      const msg = readMessage(m, this.conversationId)
      if (!msg || ids.has(msg.id) || (out.length && ascending(out[out.length - 1], msg) > 0)) return undefined
      ids.add(msg.id)
      out.push(msg)
    }
    return out
  }

  /** Keeps the newest messages that fit (at most OPEN_CACHE_MAX_MESSAGES, OPEN_CACHE_MAX_BYTES). */
  write(messages: readonly ChatMessage[]): void {
    let tail = messages.filter((m) => m.conversationId === this.conversationId && m.status === 'sent').slice(-OPEN_CACHE_MAX_MESSAGES).map(plain)
    try {
      while (tail.length) {
        const raw = JSON.stringify({ v: OPEN_CACHE_VERSION, userID: this.userID, account: this.account, messages: tail })
        if (utf8Bytes(raw) <= OPEN_CACHE_MAX_BYTES) {
          this.storage.setStorageSync(this.key, raw)
          claim(this.storage, this.userID, this.account)
          return
        }
        tail = tail.slice(1)
      }
      this.clear()
    } catch {
      // Storage full or unavailable: the chat opens as before, from the live history.
    }
  }

  clear(): void {
    try {
      this.storage.removeStorageSync(this.key)
    } catch {
      // nothing to do
    }
  }
}

function readOwner(storage: CacheStorage): Owner | undefined {
  try {
    const raw = storage.getStorageSync(OWNER_KEY)
    const o = typeof raw === 'string' && raw ? JSON.parse(raw) : undefined
    return isObject(o) && str(o.userID, MAX_ID) && Array.isArray(o.accounts) && o.accounts.every((a) => str(a, MAX_ID)) ? { userID: o.userID, accounts: o.accounts } : undefined
  } catch {
    return undefined
  }
}

function claim(storage: CacheStorage, userID: string, account: string) {
  const owner = readOwner(storage)
  const accounts = owner?.userID === userID ? owner.accounts : []
  if (!accounts.includes(account)) storage.setStorageSync(OWNER_KEY, JSON.stringify({ userID, accounts: [...accounts, account].slice(-50) }))
}

/** Logout: every cached conversation on the device goes. */
export function clearOpenCaches(storage: CacheStorage): void {
  const owner = readOwner(storage)
  try {
    for (const account of owner?.accounts || []) new OpenCache(storage, owner!.userID, account).clear()
    storage.removeStorageSync(OWNER_KEY)
  } catch {
    // nothing to do
  }
}

/** A session for `userID` starts: another user's cached conversations are removed before anything is read. */
export function forgetOtherUsers(storage: CacheStorage, userID: string): void {
  const owner = readOwner(storage)
  if (owner && owner.userID !== userID) clearOpenCaches(storage)
}
