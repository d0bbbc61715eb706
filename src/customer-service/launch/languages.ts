// The UI languages: their codes, the spellings hosts use for them, and which ones this build bundles.
// Small on purpose: the host (main package) reaches it through the launch contract.

/** zh (简体中文) is the default and the key set; en is the fallback of a language this build left out. */
export const LANGUAGES = ['zh', 'zh-TW', 'en', 'ja', 'ko', 'ms', 'id', 'vi', 'th', 'ru', 'fil'] as const

export type Language = (typeof LANGUAGES)[number]

// Spellings that mean one of ours (lower case, '-' separated); region subtags otherwise fall to the language.
const ALIASES: Record<string, Language> = {
  'zh-hant': 'zh-TW',
  'zh-tw': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  tl: 'fil',
  in: 'id',
  jp: 'ja',
  kr: 'ko',
  'zh-hans': 'zh'
}

/** A host's language value → one of ours (zh-CN, zh_Hant_HK, en-US, TH, tl …), or undefined. */
export function normalizeLanguage(raw: string): Language | undefined {
  const v = raw.trim().toLowerCase().replace(/_/g, '-')
  const exact = LANGUAGES.find((l) => l.toLowerCase() === v) || ALIASES[v]
  if (exact) return exact
  const parts = v.split('-')
  // zh-Hant-TW, zh-Hans-CN: the script decides before the region does.
  if (parts[0] === 'zh') return parts.some((p) => ALIASES[`zh-${p}`] === 'zh-TW') ? 'zh-TW' : 'zh'
  return LANGUAGES.find((l) => l === parts[0]) || ALIASES[parts[0]]
}

// One build constant per pack (config/index.ts sets them from TARO_APP_LANGUAGES). Each is spelled out so the
// bundler replaces it with 'true' or 'false' and drops the packs that are not bundled. A host app that defines
// none of them (an embedded chat) has no `process` at run time: zh and en only, like the default build.
function readBundled(): Partial<Record<Language, boolean>> {
  try {
    return {
      'zh-TW': process.env.TARO_APP_LANG_ZH_TW === 'true',
      ja: process.env.TARO_APP_LANG_JA === 'true',
      ko: process.env.TARO_APP_LANG_KO === 'true',
      ms: process.env.TARO_APP_LANG_MS === 'true',
      id: process.env.TARO_APP_LANG_ID === 'true',
      vi: process.env.TARO_APP_LANG_VI === 'true',
      th: process.env.TARO_APP_LANG_TH === 'true',
      ru: process.env.TARO_APP_LANG_RU === 'true',
      fil: process.env.TARO_APP_LANG_FIL === 'true'
    }
  } catch {
    return {}
  }
}

const BUNDLED: Partial<Record<Language, boolean>> = { ...readBundled(), zh: true, en: true }

export const isBundled = (language: Language) => BUNDLED[language] === true

/** The languages this build carries (zh and en always). */
export const bundledLanguages = (): Language[] => LANGUAGES.filter(isBundled)

/** The language to show: a pack this build left out falls back to English. */
export const usableLanguage = (language: Language): Language => (isBundled(language) ? language : 'en')
