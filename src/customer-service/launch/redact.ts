// Secrets never reach logs: what the page logs about its launch goes through here.
const SECRET_KEYS = /^(usersig|secretkey|sig|token)$/i

/** A copy of the query fit for console output: secrets replaced, long values shortened. */
export function redactQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!query || typeof query !== 'object') return out
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)
    out[k] = SECRET_KEYS.test(k) ? `<redacted ${s.length} chars>` : s.length > 200 ? `${s.slice(0, 200)}…` : s
  }
  return out
}
