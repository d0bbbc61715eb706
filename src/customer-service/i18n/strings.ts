// Every user-visible string of the chat: one table per language (zh.ts is the default and the key set).
import type { Language } from '../launch/types'
import { en } from './en'
import { zh } from './zh'

export type StringKey = keyof typeof zh

const TABLES: Record<Language, Record<StringKey, string>> = { zh, en }

export function t(language: Language, key: StringKey): string {
  return TABLES[language][key] ?? zh[key]
}

/** A translator bound to one language. */
export const translator = (language: Language) => (key: StringKey) => t(language, key)

export type Translate = ReturnType<typeof translator>
