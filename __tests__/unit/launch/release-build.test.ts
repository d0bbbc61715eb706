// #20 A release build (TARO_APP_DEMO=off) has no demo desk: a launch without credentials is an error naming
// SDKAppID in the user's language, demo=1 is ignored with a warning, and no transport falls back to a demo.
import { formatIssue, parseLaunchParams } from '../../../src/customer-service/launch'
import { createTransport } from '../../../src/customer-service/session/create'
import type { LaunchParams } from '../../../src/customer-service/launch'

const saved = process.env.TARO_APP_DEMO
const release = () => {
  process.env.TARO_APP_DEMO = 'off'
}
afterEach(() => {
  if (saved === undefined) delete process.env.TARO_APP_DEMO
  else process.env.TARO_APP_DEMO = saved
})

const creds = { SDKAppID: '1400000001', userID: 'u1', userSig: 'sig-1' }
const texts = (issues: Parameters<typeof formatIssue>[0][], language: 'zh' | 'en' | 'ja' = 'zh') => issues.map((i) => formatIssue(i, language))

describe('release build (TARO_APP_DEMO=off)', () => {
  it('no credentials: the launch fails on SDKAppID, saying this build has no demo desk, in zh, en and ja', () => {
    release()
    for (const [query, language] of [[{}, 'zh'], [{ language: 'en' }, 'en'], [{ language: 'ja' }, 'ja']] as const) {
      const r = parseLaunchParams(query)
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.language).toBe(language)
      expect(r.errors).toEqual([{ field: 'SDKAppID', code: 'no_demo' }])
    }
    const r = parseLaunchParams({})
    if (r.ok) throw new Error('expected an error')
    expect(texts(r.errors)).toEqual(['缺少参数 SDKAppID，且本版本不含演示客服（TARO_APP_DEMO=off）：请传入 SDKAppID、userID 和 userSig'])
    expect(texts(r.errors, 'en')).toEqual(['SDKAppID is missing and this build has no demo desk (TARO_APP_DEMO=off): pass SDKAppID, userID and userSig'])
  })

  it('demo=1 without credentials: the same error, plus a warning that demo was ignored', () => {
    release()
    const r = parseLaunchParams({ demo: '1', language: 'en' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.field)).toEqual(['SDKAppID'])
    expect(texts(r.warnings, 'en')).toEqual(['demo was ignored: this build has no demo desk (TARO_APP_DEMO=off)'])
  })

  it('demo=1 with credentials: Desk mode (never the demo), the flag reported as ignored', () => {
    release()
    const r = parseLaunchParams({ ...creds, demo: '1' })
    expect(r.ok && r.params.mode).toBe('desk')
    expect(r.warnings).toEqual([{ field: 'demo', code: 'demo_ignored' }])
  })

  it('demo=1 no longer excuses a bad SDKAppID or a missing userSig: they are errors', () => {
    release()
    const r = parseLaunchParams({ SDKAppID: 'abc', userID: 'u1', demo: '1' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['SDKAppID:not_number', 'userSig:missing'])
  })

  it('createTransport without credentials is a clear error, not a demo desk', () => {
    release()
    const params = { mode: 'demo', language: 'zh', customerServiceIDList: ['a'], customerServiceID: 'a', toolbarButtonList: [], enableFeedback: false, enableAINote: true } as LaunchParams
    expect(() => createTransport(params)).toThrow(/no demo desk \(TARO_APP_DEMO=off\).*SDKAppID/)
    expect((globalThis as { __csDemoDesk?: unknown }).__csDemoDesk).toBeUndefined()
  })
})

describe('default build (TARO_APP_DEMO unset or on): the demo desk stays', () => {
  it('no credentials → demo mode, and createTransport gives the demo desk', () => {
    for (const value of [undefined, 'on']) {
      if (value === undefined) delete process.env.TARO_APP_DEMO
      else process.env.TARO_APP_DEMO = value
      const r = parseLaunchParams({})
      expect(r.ok && r.params.mode).toBe('demo')
      if (!r.ok) return
      const transport = createTransport(r.params)
      expect(transport.constructor.name).toBe('DemoDesk')
      expect((globalThis as { __csDemoDesk?: unknown }).__csDemoDesk).toBe(transport)
      void transport.destroy()
      delete (globalThis as { __csDemoDesk?: unknown }).__csDemoDesk
    }
  })
})
