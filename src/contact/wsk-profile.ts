// The 微上客 customer profile passed through <button open-type="contact" session-from="…">: strict JSON,
// customData JSON-encoded then encodeURIComponent-ed (as 微上客 specifies), at most 1000 UTF-8 bytes.

export interface WskCustomField {
  label_cn: string
  label_en: string
  value: string
}

export interface WskProfile {
  customerName?: string
  headimgurl?: string
  /** 1 male, 2 female. */
  gender?: 1 | 2
  phoneNumber?: string
  email?: string
  address?: string
  title?: string
  department?: string
  /** YYYY-MM-DD */
  birthday?: string
  remark?: string
  customData?: WskCustomField[]
}

export interface WskFieldError {
  field: string
  message: string
}

export type WskResult = { ok: true; sessionFrom: string; bytes: number; dropped: string[] } | { ok: false; errors: WskFieldError[] }

/** WeChat's limit for session-from. */
export const SESSION_FROM_MAX_BYTES = 1000

/**
 * Over the cap, optional fields go in this order (least useful to an agent first); customData
 * entries go one at a time from the last. customerName goes last of all.
 */
export const DROP_ORDER = ['remark', 'customData', 'address', 'department', 'title', 'birthday', 'email', 'headimgurl', 'gender', 'phoneNumber', 'customerName'] as const

const TEXT_FIELDS = ['customerName', 'address', 'title', 'department', 'remark'] as const

export function utf8Bytes(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && d.getTime() <= Date.now()
}

function validate(p: WskProfile): WskFieldError[] {
  const errors: WskFieldError[] = []
  const bad = (field: string, message: string) => errors.push({ field, message })
  for (const f of TEXT_FIELDS) {
    const v = p[f]
    if (v !== undefined && (typeof v !== 'string' || v.length > 200)) bad(f, 'must be text of at most 200 characters')
  }
  if (p.headimgurl !== undefined && !/^https?:\/\/\S+$/i.test(String(p.headimgurl))) bad('headimgurl', 'must be an http(s) URL')
  if (p.gender !== undefined && p.gender !== 1 && p.gender !== 2) bad('gender', 'must be 1 (male) or 2 (female)')
  if (p.phoneNumber !== undefined && !/^\+?\d[\d -]{4,19}$/.test(String(p.phoneNumber))) bad('phoneNumber', 'must be a phone number (digits, optional +, spaces or dashes)')
  if (p.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(p.email))) bad('email', 'must be an email address')
  if (p.birthday !== undefined && !validDate(String(p.birthday))) bad('birthday', 'must be a real past date written YYYY-MM-DD')
  if (p.customData !== undefined) {
    if (!Array.isArray(p.customData)) bad('customData', 'must be an array of { label_cn, label_en, value }')
    else
      p.customData.forEach((c, i) => {
        for (const k of ['label_cn', 'label_en', 'value'] as const) {
          if (!c || typeof c[k] !== 'string') bad(`customData[${i}].${k}`, 'must be text')
        }
      })
  }
  return errors
}

function serialise(p: WskProfile): string {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined || v === '') continue
    out[k] = k === 'customData' ? encodeURIComponent(JSON.stringify(v)) : v
  }
  return JSON.stringify(out)
}

/** Builds the session-from value; over 1000 bytes it drops fields in DROP_ORDER, or fails with `overflow: 'fail'`. */
export function buildWskSessionFrom(profile: WskProfile, options: { overflow?: 'drop' | 'fail'; maxBytes?: number } = {}): WskResult {
  const errors = validate(profile)
  if (errors.length) return { ok: false, errors }
  const max = options.maxBytes ?? SESSION_FROM_MAX_BYTES
  const p: WskProfile = { ...profile, customData: profile.customData ? [...profile.customData] : undefined }
  const dropped: string[] = []
  let json = serialise(p)
  while (utf8Bytes(json) > max) {
    if (options.overflow === 'fail') {
      return { ok: false, errors: [{ field: 'sessionFrom', message: `is ${utf8Bytes(json)} bytes; WeChat allows ${max}` }] }
    }
    const field = DROP_ORDER.find((f) => (f === 'customData' ? !!p.customData?.length : p[f] !== undefined && p[f] !== ''))
    if (!field) break
    if (field === 'customData') {
      dropped.push(`customData[${p.customData!.length - 1}]`)
      p.customData = p.customData!.slice(0, -1)
      if (!p.customData.length) p.customData = undefined
    } else {
      dropped.push(field)
      delete p[field]
    }
    json = serialise(p)
  }
  return { ok: true, sessionFrom: json, bytes: utf8Bytes(json), dropped }
}
