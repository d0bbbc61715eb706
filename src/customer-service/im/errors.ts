// SDK error codes → typed errors. Codes from the Chat SDK docs and Tencent's Desk kits;
// the rating codes (10150–10154) are a guess at how the Desk rejects a rating submit.
import type { ChatError, ErrorReason } from './types'

const TABLE: Record<number, [ErrorReason, boolean]> = {
  2100: ['sendFailed', true],
  2024: ['notLoggedIn', true],
  3000: ['notReady', true],
  2999: ['notReady', true],
  2800: ['network', true],
  2801: ['network', true],
  2805: ['network', true],
  2251: ['imageSelection', false],
  2252: ['imageSelection', false],
  2253: ['imageSelection', false],
  2040: ['noUploadPlugin', false],
  // Upload failures (audio, video, file: a voice message reports the file code): the message stays, resendable.
  2300: ['uploadFailed', true],
  2350: ['uploadFailed', true],
  2400: ['uploadFailed', true],
  2025: ['repeatLogin', true],
  3001: ['loginFailed', true],
  // userSig problems reported by login (70001 expired; the others: signature does not verify).
  70001: ['sigExpired', true],
  70003: ['sigInvalid', false],
  70009: ['sigInvalid', false],
  70013: ['sigInvalid', false],
  70014: ['sigInvalid', false],
  // Revoking after the SDK's time limit.
  20016: ['revokeTooLate', false],
  10150: ['ratingExpired', false],
  10151: ['ratingInvalid', false],
  10152: ['ratingDuplicate', false],
  10153: ['internal', true],
  10154: ['ratingNoStaff', false]
}

/** Maps anything an SDK call rejected with to a ChatError. Never includes credentials. */
export function toChatError(err: unknown, fallback: ErrorReason = 'unknown'): ChatError {
  if (isChatError(err)) return err
  const obj = (err && typeof err === 'object' ? err : {}) as { code?: unknown; message?: unknown }
  const code = typeof obj.code === 'number' ? obj.code : Number(obj.code)
  const known = Number.isFinite(code) ? TABLE[code] : undefined
  const message = typeof obj.message === 'string' ? obj.message : typeof err === 'string' ? err : undefined
  let reason: ErrorReason = known ? known[0] : fallback
  // Login failures that only say it in words.
  if (!known && message && /usersig/i.test(message) && /expire/i.test(message)) reason = 'sigExpired'
  return {
    code: Number.isFinite(code) ? code : typeof obj.code === 'string' ? obj.code : 'unknown',
    reason,
    retryable: known ? known[1] : reason === 'network' || reason === 'sigExpired',
    detail: message ? redactSecrets(message) : undefined
  }
}

export function isChatError(v: unknown): v is ChatError {
  return !!v && typeof v === 'object' && 'reason' in v && 'retryable' in v && 'code' in v
}

export function chatError(reason: ErrorReason, code: number | string, retryable: boolean, detail?: string): ChatError {
  return detail === undefined ? { code, reason, retryable } : { code, reason, retryable, detail }
}

/** SDK messages sometimes echo request fields; strip anything that looks like a userSig. */
export function redactSecrets(text: string): string {
  return text.replace(/(usersig["'\s:=]+)[A-Za-z0-9*\-_+/=]{16,}/gi, '$1<redacted>').replace(/eJ[A-Za-z0-9*\-_+/=]{40,}/g, '<redacted>')
}
