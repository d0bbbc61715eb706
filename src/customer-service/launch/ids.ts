// The two checks buildServiceUrl shares with the parser, in a module of their own: the builder
// runs in the host's main package, and webpack ships whole modules, so the parser's other
// validators (values.ts) stay in the subpackage.
import type { IssueCode } from './types'

export const ID_MAX_LENGTH = 32
const ID = /^[A-Za-z0-9_\-@.]+$/
// Control characters (C0, DEL, C1) and bidi overrides have no place in a UI label.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** Why a Chat user / customer-service account ID is unusable (after trimming), or undefined. */
export function idProblem(value: unknown): IssueCode | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (value === undefined || value === null) return 'missing'
  if (typeof value !== 'string') return 'wrong_type'
  const v = value.trim()
  if (!v) return 'missing'
  if (CONTROL_CHARS.test(v)) return 'bad_chars'
  if ([...v].length > ID_MAX_LENGTH) return 'too_long'
  return ID.test(v) ? undefined : 'bad_chars'
}

/** Why a value is not an SDKAppID (a positive 32-bit integer, as number or digits), or undefined. */
export function sdkAppIdProblem(value: unknown): IssueCode | undefined {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^\d+$/.test(s)) return 'not_number'
  const n = Number(s)
  return Number.isSafeInteger(n) && n > 0 && n <= 0xffffffff ? undefined : 'out_of_range'
}
