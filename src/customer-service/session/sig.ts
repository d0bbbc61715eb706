// The userSig this session logs in with, and when a fresh one may be fetched from the credential source.
import { redactSecrets } from '../im/errors'
import type { ChatError } from '../im/types'
import type { SessionContext } from './context'
import { isSigExpired } from './credentials'

/** At most one automatic userSig refresh per this window: a second expiry in a row shows the kicked screen. */
const REFRESH_WINDOW_MS = 60_000

export class SessionSig {
  /** The sig the next login uses. */
  value: string
  private lastRefresh = -Infinity

  constructor(private readonly ctx: SessionContext) {
    this.value = ctx.deps.params.userSig || ''
  }

  /** A source exists and the sig is missing or already expired: fetch one before logging in. */
  get needsFetch(): boolean {
    return !!this.ctx.deps.credentials && (!this.value || isSigExpired(this.value, this.ctx.now() / 1000))
  }

  /** A source exists and no refresh ran within the window. */
  get mayRefresh(): boolean {
    return !!this.ctx.deps.credentials && this.ctx.now() - this.lastRefresh >= REFRESH_WINDOW_MS
  }

  /** Fetches a fresh userSig, at most once per REFRESH_WINDOW_MS; false when that is not possible. */
  async refresh(): Promise<boolean> {
    const source = this.ctx.deps.credentials
    if (!source || this.ctx.now() - this.lastRefresh < REFRESH_WINDOW_MS) return false
    this.lastRefresh = this.ctx.now()
    try {
      this.value = (await source(this.ctx.userID)).userSig
      return true
    } catch (err) {
      // The endpoint's message may quote what it answered (a sig): redacted like every SDK message.
      const message = (err as Error)?.message
      throw { code: 'credentials', reason: 'credentials', retryable: true, detail: typeof message === 'string' ? redactSecrets(message) : undefined } as ChatError
    }
  }

  /** Forgets the last refresh: the next expiry may be refreshed at once. */
  resetWindow() {
    this.lastRefresh = -Infinity
  }
}
