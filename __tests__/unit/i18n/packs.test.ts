// Every language pack covers its key set: the chat strings (i18n/zh.ts), the launch error screen and issues
// (launch/texts/zh.ts) and the demo desk's words (im/demo/words/zh.ts). Jest bundles every pack (setup/env.js).
import { OPTIONAL_PACKS } from '../../../config/languages'
import { stringTable } from '../../../src/customer-service/i18n/strings'
import { zh } from '../../../src/customer-service/i18n/zh'
import { LANGUAGES, bundledLanguages } from '../../../src/customer-service/launch/languages'
import { launchTexts } from '../../../src/customer-service/launch/texts'
import { zh as zhLaunch } from '../../../src/customer-service/launch/texts/zh'
import { demoWordsTable } from '../../../src/customer-service/im/demo/words'
import { zh as zhWords } from '../../../src/customer-service/im/demo/words/zh'

type Tree = Record<string, unknown>

const placeholders = (s: string) => (s.match(/\{\w+\}/g) || []).sort().join(' ')
/** A launch text's optional `[ … ]` parts (shown only with a detail), by the placeholders each holds. */
const optionalParts = (s: string) => (s.match(/\[[^\]]*\]/g) || []).map((part) => `[${placeholders(part)}]`).join(' ') || 'no [ … ]'

/**
 * Every problem of `pack` against `base`: missing or extra keys, empty strings, other {placeholders}, other list
 * lengths; with `shape`, strings whose shape (e.g. their optional parts) differs.
 */
function problems(base: Tree, pack: Tree | undefined, path = '', shape?: (s: string) => string): string[] {
  if (!pack) return [`${path || 'pack'}: missing`]
  const out: string[] = []
  for (const key of Object.keys(base)) {
    const at = `${path}${key}`
    const b = base[key]
    const p = pack[key]
    if (p === undefined) out.push(`${at}: missing`)
    else if (typeof b === 'string') {
      if (typeof p !== 'string' || !p.trim()) out.push(`${at}: empty`)
      else if (placeholders(p) !== placeholders(b)) out.push(`${at}: placeholders ${placeholders(p)} ≠ ${placeholders(b)}`)
      else if (shape && shape(p) !== shape(b)) out.push(`${at}: ${shape(p)} ≠ ${shape(b)}`)
    } else if (Array.isArray(b)) {
      // Keyword lists (humanWords, byeWords) are as long as the language needs; shown lists match item for item.
      const keywords = key.endsWith('Words')
      if (!Array.isArray(p) || (keywords ? !p.length : p.length !== b.length)) out.push(`${at}: ${b.length} items expected`)
      else if (keywords) out.push(...p.filter((x) => typeof x !== 'string' || !x.trim()).map(() => `${at}: empty`))
      else out.push(...problems({ ...b } as Tree, { ...p } as Tree, `${at}.`, shape))
    } else out.push(...problems(b as Tree, p as Tree, `${at}.`, shape))
  }
  for (const key of Object.keys(pack)) if (!(key in base)) out.push(`${path}${key}: not in the key set`)
  return out
}

describe('language packs', () => {
  it('jest bundles all eleven languages, the build option names the same nine optional packs', () => {
    expect(bundledLanguages()).toEqual([...LANGUAGES])
    expect(LANGUAGES.filter((l) => l !== 'zh' && l !== 'en')).toEqual(OPTIONAL_PACKS)
  })

  it.each(LANGUAGES)('%s: every chat string, with the same {placeholders}', (language) => {
    expect(problems(zh, stringTable(language))).toEqual([])
  })

  it.each(LANGUAGES)('%s: the quote labels list one label per IM element type, as zh does', (language) => {
    expect(stringTable(language)!.quoteTypes.split('|')).toHaveLength(zh.quoteTypes.split('|').length)
  })

  it.each(LANGUAGES)('%s: every launch error text and issue message, with the same {placeholders} and [ … ] parts', (language) => {
    expect(problems(zhLaunch, launchTexts(language), '', optionalParts)).toEqual([])
    // Falling back to English would hide a missing pack.
    if (language !== 'en') expect(launchTexts(language)).not.toBe(launchTexts('en'))
  })

  it.each(LANGUAGES)('%s: every demo desk text; its phrases tell the bot apart', (language) => {
    const w = demoWordsTable(language)
    expect(problems(zhWords, w)).toEqual([])
    if (!w) return
    // "I want a refund" must read as a vague refund question, and every tappable phrase must be distinct.
    expect(w.wantRefund.toLowerCase()).toContain(w.refundWord.toLowerCase())
    const phrases = [w.refundHow, w.orderIssue, w.wantRefund, w.changeAddress, w.human, w.member, w.logistics, w.applyRefund, w.refundTime, ...w.reasons, w.shipped, w.notShipped]
    expect(new Set(phrases).size).toBe(phrases.length)
    // #19 The typed keywords (help card, location, chat record): the language's own, none a phrase or another's keyword.
    const keywords = [...w.helpWords, ...w.addressWords, ...w.recordWords].map((k) => k.toLowerCase())
    expect(new Set(keywords).size).toBe(keywords.length)
    expect(phrases.filter((p) => keywords.includes(p.toLowerCase()))).toEqual([])
    // No Chinese left in a pack whose script has none (every canned text translated, the address included).
    if (!['zh', 'zh-TW', 'ja'].includes(language)) expect(JSON.stringify(w)).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it.each(LANGUAGES)('%s: every showModal button label (modal* keys) fits WeChat\'s 4 characters', (language) => {
    // Over 4 characters WeChat shows no dialog at all (showModal fails): the settings dialog would never appear.
    const keys = Object.keys(zh).filter((k) => k.startsWith('modal')) as (keyof typeof zh)[]
    expect(keys.length).toBeGreaterThanOrEqual(3)
    const long = keys.map((k) => [k, stringTable(language)![k]]).filter(([, label]) => Array.from(label).length > 4)
    expect(long).toEqual([])
  })

  it.each(LANGUAGES)('%s: its date locale is a real Intl locale', (language) => {
    const locale = stringTable(language)!.locale
    expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale])
  })

  it('the check catches a missing key, an empty one and a changed placeholder', () => {
    const { title: _gone, ...missing } = zh
    expect(problems(zh, missing)).toEqual(['title: missing'])
    expect(problems(zh, { ...zh, send: ' ' })).toEqual(['send: empty'])
    expect(problems(zhWords, { ...zhWords, reasonAnswer: '({reasn})' })).toEqual(['reasonAnswer: placeholders {reasn} ≠ {reason}'])
    // An optional part lost or moved: the detail would show (or vanish) where the base hides (shows) it.
    const issues = zhLaunch.issues as Tree
    const launch = (text: string) => ({ ...zhLaunch, issues: { ...issues, missing: text } })
    expect(problems(zhLaunch, launch('缺少参数 {f}（{d}）'), '', optionalParts)).toEqual(['issues.missing: no [ … ] ≠ [{d}]'])
    expect(problems(zhLaunch, launch('缺少参数 [{f}]（{d}）'), '', optionalParts)).toEqual(['issues.missing: [{f}] ≠ [{d}]'])
  })
})
