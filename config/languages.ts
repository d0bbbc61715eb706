// TARO_APP_LANGUAGES (build option): which UI language packs the build carries. zh and en always; each other
// pack costs subpackage bytes. One constant per pack, TARO_APP_LANG_<CODE> = 'true' | 'false', lets the bundler
// drop the packs left out (src/customer-service/launch/languages.ts reads them).
// Kept in step with LANGUAGES in that file (a unit test compares the two lists).
export const OPTIONAL_PACKS = ['zh-TW', 'ja', 'ko', 'ms', 'id', 'vi', 'th', 'ru', 'fil']

export const packConstant = (code: string) => `TARO_APP_LANG_${code.toUpperCase().replace(/-/g, '_')}`

/** `zh,en` (default), `zh,en,th,vi`, or `all` → the define constants; an unknown code fails the build. */
export function languageConstants(option = process.env.TARO_APP_LANGUAGES || 'zh,en'): Record<string, string> {
  const asked = option.split(/[\s,]+/).filter(Boolean).map((c) => c.toLowerCase().replace(/_/g, '-'))
  const known = ['zh', 'en', 'all', ...OPTIONAL_PACKS.map((c) => c.toLowerCase())]
  const unknown = asked.filter((c) => !known.includes(c))
  if (unknown.length) throw new Error(`TARO_APP_LANGUAGES: unknown ${unknown.join(', ')} (use zh, en, ${OPTIONAL_PACKS.join(', ')} or all)`)
  const all = asked.includes('all')
  return Object.fromEntries(OPTIONAL_PACKS.map((c) => [packConstant(c), JSON.stringify(String(all || asked.includes(c.toLowerCase())))]))
}
