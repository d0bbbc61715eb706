// The demo desk's words in the bundled languages. Each optional pack sits behind its own build constant,
// spelled out, so the bundler drops the packs TARO_APP_LANGUAGES leaves out (see launch/languages.ts).
/* eslint-disable import/no-commonjs, @typescript-eslint/no-var-requires */
import { normalizeLanguage } from '../../../launch/languages'
import type { Language } from '../../../launch/languages'
import { en } from './en'
import { zh } from './zh'
import type { DemoWords } from './zh'

export type { DemoWords }

const WORDS: Partial<Record<Language, DemoWords>> = { zh, en }

try {
  if (process.env.TARO_APP_LANG_ZH_TW === 'true') WORDS['zh-TW'] = require('./zh-tw').zhTW
  if (process.env.TARO_APP_LANG_JA === 'true') WORDS.ja = require('./ja').ja
  if (process.env.TARO_APP_LANG_KO === 'true') WORDS.ko = require('./ko').ko
  if (process.env.TARO_APP_LANG_MS === 'true') WORDS.ms = require('./ms').ms
  if (process.env.TARO_APP_LANG_ID === 'true') WORDS.id = require('./id').id
  if (process.env.TARO_APP_LANG_VI === 'true') WORDS.vi = require('./vi').vi
  if (process.env.TARO_APP_LANG_TH === 'true') WORDS.th = require('./th').th
  if (process.env.TARO_APP_LANG_RU === 'true') WORDS.ru = require('./ru').ru
  if (process.env.TARO_APP_LANG_FIL === 'true') WORDS.fil = require('./fil').fil
} catch {
  // A host app that defines no language constants has no `process` at run time: zh and en only.
}

/** The bundled words of a language (tests check every pack covers the key set). */
export const demoWordsTable = (language: Language): DemoWords | undefined => WORDS[language]

/** What the demo desk says in `language` (any spelling); a pack this build left out falls back to English. */
export function demoWords(language: string | undefined): DemoWords {
  const l = language ? normalizeLanguage(language) : 'zh'
  return (l && WORDS[l]) || en
}

/** Fills `{name}` placeholders. */
export const fillWords = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
