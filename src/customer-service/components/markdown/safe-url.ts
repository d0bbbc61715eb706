// The only URLs we ever put in href/src: absolute http(s) with a plain host.

// Characters browsers and WebViews skip or strip inside a URL, which can hide a scheme
// ("java\tscript:", "\u200bjavascript:"): C0/C1 controls, spaces, soft hyphen, zero-width and bidi marks, BOM.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g

// A literal scheme (entity- or percent-encoded ones are rejected, never decoded) and a host that is not
// empty, has no credentials ("https://bank.com@evil.com") and no backslash (browsers read it as "/").
const HTTP = /^https?:\/\/[^/\\?#@]+(?:[/?#]|$)/i

const MAX_URL = 2048

/** The normalised URL when it is http(s), otherwise null. */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const url = raw.replace(INVISIBLE, '')
  if (url.length > MAX_URL || !HTTP.test(url)) return null
  return url.replace(/^https?/i, (scheme) => scheme.toLowerCase())
}

/**
 * An image/video source: a clean http(s) URL, or a local file the platform handed us for our own upload
 * (wxfile://, http://tmp/… on weapp, blob: on H5). Never javascript:, data: or anything else.
 */
export function safeMediaUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  if (/^(wxfile:\/\/|blob:https?:\/\/|cloud:\/\/)[^\s"'<>]+$/i.test(raw)) return raw
  return safeUrl(raw) ?? undefined
}
