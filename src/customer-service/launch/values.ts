// Validators for single values. Each returns the clean value or an issue code with detail.
import type { IssueCode } from './types'
import { LIMITS } from './limits'

export type Checked<T> = { ok: true; value: T } | { ok: false; code: IssueCode; detail?: string }

const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const bad = (code: IssueCode, detail?: string): Checked<never> => ({ ok: false, code, detail })

// Control characters (C0, DEL, C1) and bidi overrides have no place in a UI label.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file|blob)\s*:/i

export function checkText(value: unknown, max: number, { required = true } = {}): Checked<string | undefined> {
  if (value === undefined || value === null) return required ? bad('missing') : ok(undefined)
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') return bad('wrong_type', 'string')
  const v = value.trim()
  if (!v) return required ? bad('missing') : ok(undefined)
  if (CONTROL.test(v)) return bad('bad_chars', 'control characters')
  if ([...v].length > max) return bad('too_long', `max ${max} characters`)
  return ok(v)
}

const ID = /^[A-Za-z0-9_\-@.]+$/

/** A Chat user or customer-service account ID. */
export function checkId(value: unknown): Checked<string> {
  const t = checkText(value, LIMITS.id)
  if (!t.ok) return t
  if (!ID.test(t.value!)) return bad('bad_chars', 'letters, digits, _ - @ . only')
  return ok(t.value!)
}

export function checkUserSig(value: unknown): Checked<string> {
  if (typeof value !== 'string' || !value) return bad('missing')
  if (value.length > LIMITS.userSig) return bad('too_long', `max ${LIMITS.userSig} characters`)
  // userSig is base64 with + / = swapped for * - _ (plain base64 is tolerated too).
  if (!/^[A-Za-z0-9*\-_+/=]+$/.test(value)) return bad('bad_chars', 'a userSig is base64 text')
  return ok(value)
}

export function checkSdkAppId(value: unknown): Checked<number> {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^\d+$/.test(s)) return bad('not_number')
  const n = Number(s)
  if (!Number.isSafeInteger(n) || n <= 0 || n > 0xffffffff) return bad('out_of_range', '1 … 4294967295')
  return ok(n)
}

/** An http(s) URL; javascript:/data: and friends are unsafe, anything else is not a URL. */
export function checkHttpUrl(value: unknown, { required = true } = {}): Checked<string | undefined> {
  const t = checkText(value, LIMITS.url, { required })
  if (!t.ok || t.value === undefined) return t
  const v = t.value
  if (UNSAFE_SCHEME.test(v)) return bad('unsafe_url')
  if (!/^https?:\/\/[^\s/?#@]+[^\s]*$/i.test(v)) return bad('not_url', 'http(s)://…')
  return ok(v)
}

/** A mini-program page path such as `/pages/order/detail?id=1`. */
export function isMiniProgramPath(v: string): boolean {
  return /^\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*(\?[^\s#]*)?$/.test(v) && !v.split('?')[0].includes('..')
}

/** Target of a type-2 toolbar button: an http(s) URL or a mini-program path. */
export function checkLinkTarget(value: unknown): Checked<string> {
  const t = checkText(value, LIMITS.url)
  if (!t.ok) return t
  const v = t.value!
  if (UNSAFE_SCHEME.test(v)) return bad('unsafe_url')
  if (isMiniProgramPath(v)) return ok(v)
  const u = checkHttpUrl(v)
  return u.ok ? ok(v) : bad(u.code, 'http(s)://… or /pages/…')
}

/** 0/1 flags: accepts 0, 1, '0', '1', true, false. */
export function checkFlag(value: unknown): Checked<0 | 1> {
  if (value === 1 || value === '1' || value === true || value === 'true') return ok(1)
  if (value === 0 || value === '0' || value === false || value === 'false') return ok(0)
  return bad('bad_enum', '0, 1')
}
