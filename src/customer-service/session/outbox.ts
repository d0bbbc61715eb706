// Texts the user sent that the server has not confirmed, kept in Taro storage per user and account, so
// closing the chat loses nothing: the next session re-sends them once connected.
import Taro from '@tarojs/taro'
import type { ChatMessage } from '../im/types'

export interface OutboxEntry {
  /** Our id for the entry (the SDK id changes when a new session re-creates the message). */
  clientId: string
  text: string
  cloudCustomData?: string
  /** Seconds. */
  createdAt: number
}

const MAX_ENTRIES = 50

export class Outbox {
  private readonly key: string

  constructor(userID: string, account: string) {
    this.key = `cs-outbox:${userID}:${account}`
  }

  list(): OutboxEntry[] {
    try {
      const raw = Taro.getStorageSync(this.key)
      const parsed = typeof raw === 'string' && raw ? JSON.parse(raw) : Array.isArray(raw) ? raw : []
      return Array.isArray(parsed) ? parsed.filter((e) => e && typeof e.text === 'string' && typeof e.clientId === 'string') : []
    } catch {
      return []
    }
  }

  private save(entries: OutboxEntry[]) {
    try {
      if (entries.length) Taro.setStorageSync(this.key, JSON.stringify(entries.slice(-MAX_ENTRIES)))
      else Taro.removeStorageSync(this.key)
    } catch {
      // Storage full or unavailable: the message still shows as failed with resend in this session.
    }
  }

  add(entry: OutboxEntry) {
    this.save([...this.list().filter((e) => e.clientId !== entry.clientId), entry])
  }

  remove(clientId: string) {
    const entries = this.list()
    const next = entries.filter((e) => e.clientId !== clientId)
    if (next.length !== entries.length) this.save(next)
  }

  /**
   * Entries the server does not have yet. An entry counts as delivered when the history holds a message of
   * ours with the same text sent at or after it was queued (the send went through but its answer was lost).
   */
  pending(history: ChatMessage[]): OutboxEntry[] {
    const delivered = new Set<string>()
    const pendingEntries: OutboxEntry[] = []
    for (const e of this.list()) {
      const match = history.find((m) => !delivered.has(m.id) && m.flow === 'out' && m.status === 'sent' && m.body.kind === 'text' && m.body.text === e.text && m.time >= e.createdAt - 5)
      if (match) {
        delivered.add(match.id)
        this.remove(e.clientId)
      } else {
        pendingEntries.push(e)
      }
    }
    return pendingEntries
  }
}
