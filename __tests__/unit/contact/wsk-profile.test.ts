import { buildWskSessionFrom, DROP_ORDER, utf8Bytes } from '../../../src/contact/wsk-profile'
import type { WskProfile } from '../../../src/contact/wsk-profile'

const full: WskProfile = {
  customerName: '小明😀',
  headimgurl: 'https://example.com/a.png',
  gender: 1,
  phoneNumber: '18600000006',
  email: 'test@wsk.cn',
  address: '上海市',
  title: '经理',
  department: '某单位',
  birthday: '1986-12-12',
  remark: '描述 "quoted" & <b>',
  customData: [{ label_cn: '订单号', label_en: 'orderNo', value: 'fecx864532' }]
}

function decode(sessionFrom: string) {
  const json = JSON.parse(sessionFrom)
  if (json.customData) json.customData = JSON.parse(decodeURIComponent(json.customData))
  return json
}

describe('微上客 session-from builder', () => {
  it('round trips: strict JSON, customData JSON-encoded then URI-encoded as the seed specifies', () => {
    const r = buildWskSessionFrom(full)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(decode(r.sessionFrom)).toEqual(full)
    expect(JSON.parse(r.sessionFrom).customData).toBe(encodeURIComponent(JSON.stringify(full.customData)))
    expect(r.bytes).toBe(Buffer.byteLength(r.sessionFrom, 'utf8'))
    expect(r.dropped).toEqual([])
  })

  it.each([
    ['gender', { gender: 3 }],
    ['email', { email: 'not-an-email' }],
    ['phoneNumber', { phoneNumber: 'call me' }],
    ['birthday', { birthday: '1986-02-30' }],
    ['birthday', { birthday: '12/12/1986' }],
    ['birthday', { birthday: '2999-01-01' }],
    ['headimgurl', { headimgurl: 'javascript:alert(1)' }],
    ['customerName', { customerName: 'x'.repeat(201) }],
    ['customData[0].value', { customData: [{ label_cn: '订单', label_en: 'order', value: 7 }] }],
    ['customData', { customData: 'orderNo=1' }]
  ])('rejects a bad %s with a field-named error', (field, patch) => {
    const r = buildWskSessionFrom({ ...full, ...(patch as Partial<WskProfile>) })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual([field])
  })

  it('measures UTF-8 bytes: Chinese and emoji under the cap pass whole', () => {
    expect(utf8Bytes('a中😀')).toBe(1 + 3 + 4)
    const r = buildWskSessionFrom({ customerName: '张'.repeat(60), remark: '😀'.repeat(100) })
    if (!r.ok) throw new Error('expected ok')
    expect(r.bytes).toBeLessThanOrEqual(1000)
    expect(r.dropped).toEqual([])
  })

  it('over the cap, drops optional fields in the documented order and never cuts JSON', () => {
    const big: WskProfile = { ...full, remark: '备'.repeat(150), address: '址'.repeat(150), customData: Array.from({ length: 5 }, (_, i) => ({ label_cn: `字段${i}`, label_en: `f${i}`, value: '值'.repeat(20) })) }
    const r = buildWskSessionFrom(big)
    if (!r.ok) throw new Error('expected ok')
    expect(r.bytes).toBeLessThanOrEqual(1000)
    expect(() => JSON.parse(r.sessionFrom)).not.toThrow()
    expect(r.dropped[0]).toBe('remark')
    const order = r.dropped.map((d) => d.replace(/\[\d+\]$/, ''))
    const ranks = order.map((f) => DROP_ORDER.indexOf(f as (typeof DROP_ORDER)[number]))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    const kept = decode(r.sessionFrom)
    expect(kept.customerName).toBe('小明😀')
  })

  it('with overflow: "fail", refuses instead of dropping', () => {
    const r = buildWskSessionFrom({ ...full, remark: '备'.repeat(200), address: '址'.repeat(200) }, { overflow: 'fail' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0].field).toBe('sessionFrom')
  })
})
