// The launch texts of the bundled languages. Each optional pack sits behind its own build constant, spelled out,
// so the bundler drops the packs TARO_APP_LANGUAGES leaves out (see ../languages.ts); zh and en are always there.
/* eslint-disable import/no-commonjs, @typescript-eslint/no-var-requires */
import type { Language } from '../languages'
import { en } from './en'
import { zh } from './zh'
import type { LaunchTexts } from './zh'

export type { LaunchTexts }

const TEXTS: Partial<Record<Language, LaunchTexts>> = { zh, en }

try {
  if (process.env.TARO_APP_LANG_ZH_TW === 'true') TEXTS['zh-TW'] = require('./zh-tw').zhTW
  if (process.env.TARO_APP_LANG_JA === 'true') TEXTS.ja = require('./ja').ja
  if (process.env.TARO_APP_LANG_KO === 'true') TEXTS.ko = require('./ko').ko
  if (process.env.TARO_APP_LANG_MS === 'true') TEXTS.ms = require('./ms').ms
  if (process.env.TARO_APP_LANG_ID === 'true') TEXTS.id = require('./id').id
  if (process.env.TARO_APP_LANG_VI === 'true') TEXTS.vi = require('./vi').vi
  if (process.env.TARO_APP_LANG_TH === 'true') TEXTS.th = require('./th').th
  if (process.env.TARO_APP_LANG_RU === 'true') TEXTS.ru = require('./ru').ru
  if (process.env.TARO_APP_LANG_FIL === 'true') TEXTS.fil = require('./fil').fil
} catch {
  // A host app that defines no language constants has no `process` at run time: zh and en only.
}

/** The texts of `language`, or English when this build did not bundle it. */
export const launchTexts = (language: Language): LaunchTexts => TEXTS[language] || en
