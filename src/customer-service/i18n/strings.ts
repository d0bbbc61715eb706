// Every user-visible string of the chat: one table per language (zh.ts is the default and the key set).
// Each optional pack sits behind its own build constant, spelled out, so the bundler drops the packs that
// TARO_APP_LANGUAGES leaves out (see launch/languages.ts); zh and en are always there.
/* eslint-disable import/no-commonjs, @typescript-eslint/no-var-requires */
import type { Language } from '../launch/types'
import { en } from './en'
import { zh } from './zh'

export type StringKey = keyof typeof zh
export type StringTable = Record<StringKey, string>

const TABLES: Partial<Record<Language, StringTable>> = { zh, en }

try {
  if (process.env.TARO_APP_LANG_ZH_TW === 'true') TABLES['zh-TW'] = require('./zh-tw').zhTW
  if (process.env.TARO_APP_LANG_JA === 'true') TABLES.ja = require('./ja').ja
  if (process.env.TARO_APP_LANG_KO === 'true') TABLES.ko = require('./ko').ko
  if (process.env.TARO_APP_LANG_MS === 'true') TABLES.ms = require('./ms').ms
  if (process.env.TARO_APP_LANG_ID === 'true') TABLES.id = require('./id').id
  if (process.env.TARO_APP_LANG_VI === 'true') TABLES.vi = require('./vi').vi
  if (process.env.TARO_APP_LANG_TH === 'true') TABLES.th = require('./th').th
  if (process.env.TARO_APP_LANG_RU === 'true') TABLES.ru = require('./ru').ru
  if (process.env.TARO_APP_LANG_FIL === 'true') TABLES.fil = require('./fil').fil
} catch {
  // A host app that defines no language constants has no `process` at run time: zh and en only.
}

/** The bundled table of `language` (tests check every pack covers the key set). */
export const stringTable = (language: Language): StringTable | undefined => TABLES[language]

/** A string in `language`; a pack this build left out (or a key it lacks) falls back to English. */
export function t(language: Language, key: StringKey): string {
  return TABLES[language]?.[key] || en[key] || zh[key]
}

/** A translator bound to one language. */
export const translator = (language: Language) => (key: StringKey) => t(language, key)

export type Translate = ReturnType<typeof translator>
