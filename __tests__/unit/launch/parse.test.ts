// Every launch parameter and every kind of error, one behaviour per test.
import { buildServiceUrl, LaunchUrlError, parseLaunchParams, validateServiceUrl } from '../../../src/customer-service/launch'
import { checkId } from '../../../src/customer-service/launch/values'
import type { LaunchIssue, ParseResult } from '../../../src/customer-service/launch'

const desk = { SDKAppID: '1400000001', userID: 'u1', userSig: 'eJwtzEELgjAY' }
const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v))

function ok(r: ParseResult) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`)
  return r
}
const codes = (issues: LaunchIssue[]) => issues.map((i) => `${i.field}:${i.code}`)

describe('credentials and mode', () => {
  it('runs the demo desk when no SDKAppID is given', () => {
    const r = ok(parseLaunchParams({}))
    expect(r.params.mode).toBe('demo')
    expect(r.params.customerServiceID).toBe('@customer_service_account')
    expect(r.params.customerServiceIDList).toEqual(['@customer_service_account'])
    expect(r.params).toMatchObject({ language: 'zh', enableFeedback: false, enableAINote: true, toolbarButtonList: [] })
  })

  it('uses the Desk with SDKAppID, userID and userSig; demo=1 forces the demo desk', () => {
    expect(ok(parseLaunchParams(desk)).params).toMatchObject({ mode: 'desk', SDKAppID: 1400000001, userID: 'u1' })
    expect(ok(parseLaunchParams({ ...desk, demo: '1' })).params.mode).toBe('demo')
  })

  it('blocks the chat when SDKAppID is set without userID or userSig', () => {
    const r = parseLaunchParams({ SDKAppID: '1400000001' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(codes(r.errors)).toEqual(['userID:missing', 'userSig:missing'])
  })

  it('lets a configured credential source supply the userSig', () => {
    expect(parseLaunchParams({ SDKAppID: '1', userID: 'u1' }, { allowMissingUserSig: true }).ok).toBe(true)
  })

  it.each([
    ['abc', 'not_number'],
    ['-5', 'not_number'],
    ['0', 'out_of_range'],
    ['99999999999', 'out_of_range']
  ])('rejects SDKAppID=%s (%s)', (value, code) => {
    const r = parseLaunchParams({ ...desk, SDKAppID: value })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(codes(r.errors)).toContain(`SDKAppID:${code}`)
  })

  it('rejects a userID with spaces or over 32 characters, and a userSig that is not base64', () => {
    for (const [field, value, code] of [
      ['userID', 'a b', 'bad_chars'],
      ['userID', 'x'.repeat(33), 'too_long'],
      ['userSig', 'not a sig!', 'bad_chars']
    ]) {
      const r = parseLaunchParams({ ...desk, [field]: value })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(codes(r.errors)).toEqual([`${field}:${code}`])
    }
  })

  it('only warns about bad credentials in demo mode', () => {
    const r = ok(parseLaunchParams({ userID: 'a b' }))
    expect(codes(r.warnings)).toEqual(['userID:bad_chars'])
  })

  it('treats the literal "undefined" WeChat produces for `?userID` as missing', () => {
    const r = parseLaunchParams('/customer-service/pages/chat/index?SDKAppID=1400000001&userID&userSig=abc')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(codes(r.errors)).toEqual(['userID:missing'])
  })
})

describe('profile and options', () => {
  it('keeps nickName (Chinese, emoji) and an https avatar', () => {
    const r = ok(parseLaunchParams({ nickName: encodeURIComponent('小明😀'), avatar: encodeURIComponent('https://a.cn/x.png?s=1&t=2') }))
    expect(r.params.nickName).toBe('小明😀')
    expect(r.params.avatar).toBe('https://a.cn/x.png?s=1&t=2')
  })

  it.each([
    ['javascript:alert(1)', 'unsafe_url'],
    ['data:image/png;base64,AAAA', 'unsafe_url'],
    ['ftp://a.cn/x.png', 'not_url'],
    ['x.png', 'not_url']
  ])('drops avatar %s with a warning (%s)', (avatar, code) => {
    const r = ok(parseLaunchParams({ avatar }))
    expect(r.params.avatar).toBeUndefined()
    expect(codes(r.warnings)).toEqual([`avatar:${code}`])
  })

  it('drops an oversize nickName', () => {
    const r = ok(parseLaunchParams({ nickName: '名'.repeat(65) }))
    expect(r.params.nickName).toBeUndefined()
    expect(codes(r.warnings)).toEqual(['nickName:too_long'])
  })

  it('reads language, enableFeedback and enableAINote, with defaults for bad values', () => {
    expect(ok(parseLaunchParams({ language: 'en', enableFeedback: '1', enableAINote: '0' })).params).toMatchObject({ language: 'en', enableFeedback: true, enableAINote: false })
    expect(ok(parseLaunchParams({ language: 'en-US' })).params.language).toBe('en')
    const r = ok(parseLaunchParams({ language: 'fr', enableFeedback: 'yes' }))
    expect(r.params).toMatchObject({ language: 'zh', enableFeedback: false })
    expect(codes(r.warnings)).toEqual(['language:bad_enum', 'enableFeedback:bad_enum'])
  })

  it('points out unknown parameters and likely typos', () => {
    const r = ok(parseLaunchParams({ SDKAppId: '1', foo: 'x' }))
    expect(r.warnings).toEqual([
      { field: 'SDKAppId', code: 'unknown_param', detail: 'SDKAppID' },
      { field: 'foo', code: 'unknown_param' }
    ])
  })
})

describe('toolbarButtonList', () => {
  const good = { title: '查询包裹', isPreset: 0, isEnabled: 1, type: 1, content: '查询包裹' }

  it('drops one bad button and keeps the others', () => {
    const list = [good, { title: '', isPreset: 0, type: 1, content: 'x' }, { ...good, title: '人工', isPreset: 1, presetId: 'human' }, { ...good, title: 'B' }]
    const r = ok(parseLaunchParams({ toolbarButtonList: enc(list) }))
    expect(r.params.toolbarButtonList.map((b) => b.title)).toEqual(['查询包裹', 'B'])
    expect(codes(r.warnings)).toEqual(['toolbarButtonList[1].title:missing', 'toolbarButtonList[2].presetId:bad_enum'])
  })

  it.each(['javascript:alert(1)', 'data:text/html,<script>1</script>', 'JavaScript:void(0)', 'weixin://dl/x'])('refuses a type-2 button opening %s', (content) => {
    const r = ok(parseLaunchParams({ toolbarButtonList: enc([{ ...good, type: 2, content }]) }))
    expect(r.params.toolbarButtonList).toEqual([])
    expect(r.warnings[0].field).toBe('toolbarButtonList[0].content')
  })

  it('accepts https URLs and mini-program paths for type-2 buttons', () => {
    const list = [{ ...good, type: 2, content: 'https://m.example.com/track?id=1&x=2' }, { ...good, type: 2, content: '/pages/order/detail?id=9' }]
    expect(ok(parseLaunchParams({ toolbarButtonList: enc(list) })).params.toolbarButtonList).toHaveLength(2)
  })

  it('keeps a button whose icon is unsafe, without the icon', () => {
    const r = ok(parseLaunchParams({ toolbarButtonList: enc([{ ...good, icon: 'javascript:1' }]) }))
    expect(r.params.toolbarButtonList).toEqual([good])
    expect(codes(r.warnings)).toEqual(['toolbarButtonList[0].icon:unsafe_url'])
  })

  it('explains JSON cut short by a raw & in a hand-written URL', () => {
    const raw = '/customer-service/pages/chat/index?toolbarButtonList=[{"title":"A&B","isPreset":0,"type":1,"content":"x"}]'
    const r = ok(parseLaunchParams(raw))
    expect(codes(r.warnings)).toEqual(['toolbarButtonList:truncated_json'])
  })

  it('reports non-JSON and non-array values', () => {
    expect(codes(ok(parseLaunchParams({ toolbarButtonList: 'hello' })).warnings)).toEqual(['toolbarButtonList:not_json'])
    expect(codes(ok(parseLaunchParams({ toolbarButtonList: enc({ title: 'x' }) })).warnings)).toEqual(['toolbarButtonList:wrong_type'])
  })

  it('accepts JSON encoded twice by the host', () => {
    const twice = encodeURIComponent(enc([good]))
    expect(ok(parseLaunchParams({ toolbarButtonList: twice })).params.toolbarButtonList).toEqual([good])
  })
})

describe('bottomQuickOrder', () => {
  const order = { header: '智能客服高级版', desc: '¥3000/月', url: 'https://cloud.tencent.com/x', customField: [{ name: '订单号', value: '1' }] }

  it('keeps a valid card; drops only an unsafe picture', () => {
    const r = ok(parseLaunchParams({ bottomQuickOrder: enc({ ...order, pic: 'data:image/png;base64,x' }) }))
    expect(r.params.bottomQuickOrder).toEqual(order)
    expect(codes(r.warnings)).toEqual(['bottomQuickOrder.pic:unsafe_url'])
  })

  it.each(['header', 'desc', 'url'])('hides the card when %s is missing', (field) => {
    const r = ok(parseLaunchParams({ bottomQuickOrder: enc({ ...order, [field]: undefined }) }))
    expect(r.params.bottomQuickOrder).toBeUndefined()
    expect(codes(r.warnings)).toEqual([`bottomQuickOrder.${field}:missing`])
  })

  it('hides the card for an array and for a javascript: url', () => {
    expect(ok(parseLaunchParams({ bottomQuickOrder: enc([order]) })).params.bottomQuickOrder).toBeUndefined()
    expect(ok(parseLaunchParams({ bottomQuickOrder: enc({ ...order, url: 'javascript:alert(1)' }) })).params.bottomQuickOrder).toBeUndefined()
  })
})

describe('customerServiceIDList and customerServiceID', () => {
  it('defaults to the first of the list', () => {
    expect(ok(parseLaunchParams({ customerServiceIDList: enc(['a', 'b']) })).params.customerServiceID).toBe('a')
  })

  it('adds an account that is not in the list, with a warning', () => {
    const r = ok(parseLaunchParams({ customerServiceIDList: enc(['a', 'b']), customerServiceID: 'c' }))
    expect(r.params.customerServiceIDList).toEqual(['a', 'b', 'c'])
    expect(r.params.customerServiceID).toBe('c')
    expect(codes(r.warnings)).toEqual(['customerServiceID:added_to_list'])
  })

  it('drops invalid and duplicate IDs; tolerates a comma list', () => {
    const r = ok(parseLaunchParams({ customerServiceIDList: enc(['a', 'a', 'b c', 7]) }))
    expect(r.params.customerServiceIDList).toEqual(['a', '7'])
    expect(codes(r.warnings)).toEqual(['customerServiceIDList[1]:duplicate', 'customerServiceIDList[2]:bad_chars'])
    expect(ok(parseLaunchParams({ customerServiceIDList: 'x,y' })).params.customerServiceIDList).toEqual(['x', 'y'])
  })
})

describe('buildServiceUrl', () => {
  it('refuses SDKAppID without userID', () => {
    expect(() => buildServiceUrl({ SDKAppID: 1400000001 })).toThrow(LaunchUrlError)
    try {
      buildServiceUrl({ SDKAppID: 1400000001, userSig: 'abc' })
    } catch (e) {
      expect((e as LaunchUrlError).code).toBe('invalid_params')
      expect(codes((e as LaunchUrlError).issues)).toEqual(['userID:missing'])
    }
  })

  it('refuses a URL longer than the limit, naming the biggest parameter', () => {
    const list = Array.from({ length: 20 }, (_, i) => ({ title: `按钮${i}`, isPreset: 0 as const, isEnabled: 1 as const, type: 1 as const, content: '长'.repeat(400) }))
    try {
      buildServiceUrl({ toolbarButtonList: list })
      throw new Error('expected a LaunchUrlError')
    } catch (e) {
      expect((e as LaunchUrlError).code).toBe('url_too_long')
      expect((e as LaunchUrlError).issues[0].field).toBe('toolbarButtonList')
    }
  })

  it('refuses an invalid SDKAppID', () => {
    expect(() => buildServiceUrl({ SDKAppID: -1, userID: 'u' })).toThrow(/SDKAppID \(not_number\)/)
  })

  it('validateServiceUrl lists what the page would drop, such as an unsafe avatar', () => {
    const url = buildServiceUrl({ avatar: 'javascript:alert(1)', nickName: '小明' })
    expect(codes(validateServiceUrl(url))).toEqual(['avatar:unsafe_url'])
    expect(validateServiceUrl(buildServiceUrl({ nickName: '小明' }))).toEqual([])
  })

  it('builds a URL for the subpackage page that WeChat will not cut', () => {
    const url = buildServiceUrl({ SDKAppID: 1, userID: 'u', userSig: 'abc', nickName: 'a=b&c?d#e%f' })
    expect(url.startsWith('/customer-service/pages/chat/index?')).toBe(true)
    expect(url.split('?')).toHaveLength(2)
    expect(url).not.toContain('#')
  })
})

describe('ID checks shared by the builder and the parser', () => {
  it('explain a bad ID by what is wrong with its trimmed value', () => {
    expect(checkId('  cs_1  ')).toEqual({ ok: true, value: 'cs_1' })
    expect(checkId('a b\n')).toEqual({ ok: false, code: 'bad_chars', detail: 'letters, digits, _ - @ . only' })
    expect(checkId('a\u0007b')).toEqual({ ok: false, code: 'bad_chars', detail: 'control characters' })
    expect(checkId('x'.repeat(33))).toMatchObject({ ok: false, code: 'too_long' })
    expect(checkId(42)).toEqual({ ok: true, value: '42' })
    expect(checkId({})).toMatchObject({ ok: false, code: 'wrong_type' })
  })
})
