// Tencent's own documentation (seed 000) builds URLs with raw JSON; those must parse as intended.
import { parseLaunchParams } from '../../../src/customer-service/launch'
import { splitQueryString } from '../../../src/customer-service/launch/query'

import seed from '../../fixtures/seed-examples.json'

const { toolbarButtonList, bottomQuickOrder, customerServiceIDList } = seed
const SDKAppID = 1400000001
const userID = 'test-1234'
const userSig = 'eJwtzEELgjAYxvHv8p5DtrnN6aFDRRQZQWSdo73GS5jDzQyi7*4y'

// Written exactly as the seed's code writes them: template strings, JSON.stringify, no encoding.
const seedUrls = {
  toolbar: `/ai-desk-customer-wechat/pages/index/index?SDKAppID=${SDKAppID}&userID=${userID}&userSig=${userSig}` + `&toolbarButtonList=${JSON.stringify(toolbarButtonList)}`,
  order:
    `/ai-desk-customer-wechat/pages/index/index?SDKAppID=${SDKAppID}&userID=${userID}&userSig=${userSig}` +
    `&toolbarButtonList=${JSON.stringify(toolbarButtonList)}` +
    `&bottomQuickOrder=${JSON.stringify(bottomQuickOrder)}`,
  accounts:
    `/ai-desk-customer-wechat/pages/index/index?SDKAppID=${SDKAppID}&userID=${userID}&userSig=${userSig}` +
    `&customerServiceIDList=${JSON.stringify(customerServiceIDList)}` +
    '&customerServiceID=customerServiceID_002',
  profile: `/ai-desk-customer-wechat/pages/index/index?SDKAppID=${SDKAppID}&userID=${userID}&userSig=${userSig}&nickName=小明&avatar=https://example.com/a.png`
}

// WeChat hands onLoad the raw values; a browser percent-encodes quotes and spaces in the address.
const asWeChat = (url: string) => splitQueryString(url)
const asBrowser = (url: string) => splitQueryString(encodeURI(url))

describe.each([
  ['WeChat (raw)', asWeChat],
  ['browser (quotes encoded)', asBrowser]
])('seed example URLs, delivered as by %s', (_name, deliver) => {
  it('toolbar example: four buttons, presets and the custom text button', () => {
    const r = parseLaunchParams(deliver(seedUrls.toolbar))
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.params.mode).toBe('desk')
    expect(r.params.SDKAppID).toBe(SDKAppID)
    expect(r.params.userID).toBe(userID)
    expect(r.params.userSig).toBe(userSig)
    expect(r.params.toolbarButtonList.map((b) => b.title)).toEqual(['人工服务', '服务评价', '结束对话', '智能客服高级版'])
    // The empty `content` of presets is dropped; everything else comes through as written.
    expect(r.params.toolbarButtonList[0]).toStrictEqual({
      title: '人工服务',
      icon: toolbarButtonList[0].icon,
      type: 1,
      isPreset: 1,
      presetId: 'humanService',
      isEnabled: 1
    })
    expect(r.params.toolbarButtonList[3]).toEqual({ title: '智能客服高级版', content: '智能客服高级版', isPreset: 0, isEnabled: 1, type: 1 })
    expect(r.warnings).toEqual([])
  })

  it('quick order example: the card with its custom fields', () => {
    const r = parseLaunchParams(deliver(seedUrls.order))
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.params.bottomQuickOrder).toEqual(bottomQuickOrder)
    expect(r.params.toolbarButtonList).toHaveLength(4)
  })

  it('multi-account example: the list and the chosen account', () => {
    const r = parseLaunchParams(deliver(seedUrls.accounts))
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.params.customerServiceIDList).toEqual(customerServiceIDList)
    expect(r.params.customerServiceID).toBe('customerServiceID_002')
  })

  it('nickname and avatar example', () => {
    const r = parseLaunchParams(deliver(seedUrls.profile))
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.params.nickName).toBe('小明')
    expect(r.params.avatar).toBe('https://example.com/a.png')
  })
})
