// The `language` launch parameter: tolerant spellings, and a language this build did not bundle falls back
// to English with a warning (in the launch warnings and on the console).
import { languageConstants } from '../../../config/languages'
import { formatIssue, normalizeLanguage, parseLaunchParams } from '../../../src/customer-service/launch'
import { deskLanguage, startSession } from '../../../src/customer-service/protocol'

const ok = (r: ReturnType<typeof parseLaunchParams>) => {
  if (!r.ok) throw new Error('expected ok')
  return r
}

describe('language launch parameter', () => {
  it.each([
    ['th', 'th'],
    ['TH', 'th'],
    ['zh-CN', 'zh'],
    ['zh_Hans', 'zh'],
    ['zh-Hant', 'zh-TW'],
    ['zh_HK', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['en-US', 'en'],
    ['ja-JP', 'ja'],
    ['ko_KR', 'ko'],
    ['tl', 'fil'],
    ['fil-PH', 'fil'],
    ['in', 'id'],
    ['ru-RU', 'ru'],
    ['vi', 'vi'],
    ['ms-MY', 'ms']
  ])('%s → %s', (raw, language) => {
    expect(normalizeLanguage(raw)).toBe(language)
    const r = ok(parseLaunchParams({ language: raw }))
    expect(r.params.language).toBe(language)
    expect(r.warnings).toEqual([])
  })

  it('an unknown language keeps the default with a field-named warning listing the choices', () => {
    const r = ok(parseLaunchParams({ language: 'fr' }))
    expect(r.params.language).toBe('zh')
    expect(formatIssue(r.warnings[0], 'en')).toBe('language has an invalid value; allowed: zh, zh-TW, en, ja, ko, ms, id, vi, th, ru, fil')
  })

  it('a valid language this build left out: English, a warning, and the page logs it', () => {
    jest.isolateModules(() => {
      const saved = process.env.TARO_APP_LANG_TH
      process.env.TARO_APP_LANG_TH = 'false'
      try {
        /* eslint-disable @typescript-eslint/no-var-requires, import/no-commonjs */
        const launch = require('../../../src/customer-service/launch')
        const { t } = require('../../../src/customer-service/i18n/strings')
        const { demoWords } = require('../../../src/customer-service/im/demo/words')
        /* eslint-enable @typescript-eslint/no-var-requires, import/no-commonjs */
        const r = launch.parseLaunchParams({ language: 'th-TH' })
        expect(r.params.language).toBe('en')
        expect(r.warnings).toEqual([{ field: 'language', code: 'not_bundled', detail: 'zh, zh-TW, en, ja, ko, ms, id, vi, ru, fil' }])
        expect(launch.formatIssue(r.warnings[0], 'en')).toMatch(/^language: this language is not bundled in this build, English is used/)
        // Whatever asks for Thai directly gets English too.
        expect(t('th', 'send')).toBe('Send')
        expect(demoWords('th').welcomeTitle).toBe('You may want to ask')
      } finally {
        process.env.TARO_APP_LANG_TH = saved
      }
    })
  })
})

describe('TARO_APP_LANGUAGES build option', () => {
  it('defaults to zh,en: every optional pack off', () => {
    expect(Object.values(languageConstants('zh,en'))).toEqual(Array(9).fill('"false"'))
  })

  it('turns on the packs it names, or all of them', () => {
    const some = languageConstants('zh, en, th,zh-TW')
    expect(some).toMatchObject({ TARO_APP_LANG_TH: '"true"', TARO_APP_LANG_ZH_TW: '"true"', TARO_APP_LANG_JA: '"false"' })
    expect(Object.values(languageConstants('all'))).toEqual(Array(9).fill('"true"'))
  })

  it('fails the build on an unknown code instead of silently leaving a pack out', () => {
    expect(() => languageConstants('zh,en,thai')).toThrow('TARO_APP_LANGUAGES: unknown thai')
  })
})

describe('the language on the wire (src 7)', () => {
  const payload = (o: ReturnType<typeof startSession>) => (o.kind === 'custom' ? JSON.parse(o.data) : undefined)

  it('names the bot language the Desk takes (the kit\'s isSupportedLang), and none for ms, th, ko', () => {
    expect(payload(startSession(deskLanguage('zh-TW')))).toMatchObject({ src: '7', triggeredContent: { language: 'zh-TW' } })
    expect(payload(startSession(deskLanguage('fil')))).toMatchObject({ triggeredContent: { language: 'fil' } })
    for (const l of ['th', 'ms', 'ko']) expect(payload(startSession(deskLanguage(l)))).toEqual({ src: '7', customerServicePlugin: 0 })
  })
})
