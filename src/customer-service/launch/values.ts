// Validators for single values. Each returns the clean value or an issue code with detail.
import type { IssueCode } from './types'
import { CONTROL_CHARS, ID_MAX_LENGTH, idProblem, sdkAppIdProblem } from './ids'
import { LIMITS } from './limits'

export type Checked<T> = { ok: true; value: T } | { ok: false; code: IssueCode; detail?: string }

const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const bad = (code: IssueCode, detail?: string): Checked<never> => ({ ok: false, code, detail })

const UNSAFE_SCHEME = /^\s*(javascript|data|vbscript|file|blob)\s*:/i

export function checkText(value: unknown, max: number, { required = true } = {}): Checked<string | undefined> {
  if (value === undefined || value === null) return required ? bad('missing') : ok(undefined)
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') return bad('wrong_type', 'string')
  const v = value.trim()
  if (!v) return required ? bad('missing') : ok(undefined)
  if (CONTROL_CHARS.test(v)) return bad('bad_chars', 'control characters')
  if ([...v].length > max) return bad('too_long', `max ${max} characters`)
  return ok(v)
}

const ID_DETAIL: Partial<Record<IssueCode, string>> = {
  wrong_type: 'string',
  too_long: `max ${ID_MAX_LENGTH} characters`,
  bad_chars: 'letters, digits, _ - @ . only'
}

/** A Chat user or customer-service account ID. */
export function checkId(value: unknown): Checked<string> {
  const code = idProblem(value)
  if (code) return bad(code, code === 'bad_chars' && CONTROL_CHARS.test(String(value).trim()) ? 'control characters' : ID_DETAIL[code])
  return ok(String(value).trim())
}

export function checkUserSig(value: unknown): Checked<string> {
  if (typeof value !== 'string' || !value) return bad('missing')
  if (value.length > LIMITS.userSig) return bad('too_long', `max ${LIMITS.userSig} characters`)
  // userSig is base64 with + / = swapped for * - _ (plain base64 is tolerated too).
  if (!/^[A-Za-z0-9*\-_+/=]+$/.test(value)) return bad('bad_chars', 'a userSig is base64 text')
  return ok(value)
}

export function checkSdkAppId(value: unknown): Checked<number> {
  const code = sdkAppIdProblem(value)
  if (code) return bad(code, code === 'out_of_range' ? '1 … 4294967295' : undefined)
  return ok(Number(typeof value === 'string' ? value.trim() : value))
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
