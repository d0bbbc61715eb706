// H5 in Chromium: toolbar, quick order card and service picker, from the seed document's own values.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

// Tencent Desk UIKit documentation examples (seed 000), plus a link button, an unsafe one and a disabled one.
const seed = JSON.parse(readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'seed-examples.json'), 'utf8'))
const toolbarButtonList = [
  ...seed.toolbarButtonList,
  { type: 2, title: '物流查询', content: 'https://example.com/track?id=1', isPreset: 0, isEnabled: 1 },
  { type: 2, title: '恶意链接', content: 'javascript:window.__pwned=1', isPreset: 0, isEnabled: 1 },
  { type: 1, title: '隐藏按钮', content: 'x', isPreset: 0, isEnabled: 0 }
]
const { bottomQuickOrder, customerServiceIDList } = seed

function chatUrl(base) {
  const q = [
    ['csq', '%'],
    ['toolbarButtonList', JSON.stringify(toolbarButtonList)],
    ['bottomQuickOrder', JSON.stringify(bottomQuickOrder)],
    ['customerServiceIDList', JSON.stringify(customerServiceIDList)],
    ['customerServiceID', 'customerServiceID_002']
  ]
  return `${base}/#/customer-service/pages/chat/index?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`
}

describe('H5: toolbar, quick order and service picker', () => {
  let h5
  let page
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, name) })
  const chip = (name) => page.locator('.cs-toolbar').getByRole('button', { name, exact: true })
  const input = () => page.locator('.cs-composer__input input')

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.goto(chatUrl(h5.url))
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await waitForSettled(page.locator('.cs-screen').first())
  })

  after(async () => {
    await h5?.close()
  })

  test('the toolbar shows exactly the enabled, safe buttons in order; the quick order card shows', async () => {
    const titles = await page.locator('.cs-toolbar [role="button"]').allTextContents()
    assert.deepEqual(
      titles.map((x) => x.trim()),
      ['人工服务', '服务评价', '结束对话', '智能客服高级版', '物流查询']
    )
    await page.getByText('订单号: 11111111111111111111').waitFor()
    await shot('30-toolbar-order')
  })

  test('the unsafe button is not there and nothing navigated or ran', async () => {
    assert.equal(await chip('恶意链接').count(), 0)
    assert.equal(await page.evaluate(() => window.__pwned), undefined)
    assert.match(page.url(), /customer-service\/pages\/chat\/index/)
    assert.ok(h5.logs.some((l) => l.includes('toolbarButtonList[5].content')), 'the developer is told why it was dropped')
  })

  test('the custom text button sends its content', async () => {
    await chip('智能客服高级版').click()
    await page.locator('.cs-row--out', { hasText: '智能客服高级版' }).first().waitFor({ timeout: 10000 })
  })

  test('a link button opens the page (a new tab on H5)', async () => {
    // Record window.open instead of loading a page: the machine is offline.
    await page.evaluate(() => {
      window.__opened = []
      window.open = (url) => {
        window.__opened.push(String(url))
        return null
      }
    })
    await chip('物流查询').click()
    assert.deepEqual(await page.evaluate(() => window.__opened), ['https://example.com/track?id=1'])
  })

  test('the order card is sent, appears in the list as mine, and the card can be brought back', async () => {
    await page.locator('.cs-quick-order').getByRole('button', { name: '发送' }).click()
    await page.locator('.cs-row--out', { hasText: '智能客服高级版' }).filter({ hasText: '¥3000/月' }).first().waitFor({ timeout: 10000 })
    assert.equal(await page.locator('.cs-quick-order').count(), 0)
    await chip('订单').click()
    await page.locator('.cs-quick-order').waitFor()
    await page.locator('.cs-quick-order').getByRole('button', { name: '关闭' }).click()
  })

  test('结束对话 is disabled with a reason while no agent is in seat; 人工服务 puts the agent in seat', async () => {
    assert.equal(await chip('结束对话').getAttribute('aria-disabled'), 'true')
    await chip('人工服务').click()
    await page.locator('.cs-screen__title', { hasText: '客服小美' }).waitFor({ timeout: 15000 })
    assert.equal(await chip('人工服务').getAttribute('aria-disabled'), 'true')
    await shot('31-agent')
  })

  test('服务评价 yields a rating card; 结束对话 ends the session', async () => {
    await chip('服务评价').click()
    await page.getByText('请对本次服务进行评价').waitFor({ timeout: 10000 })
    await chip('结束对话').click()
    await page.getByText('会话已结束').first().waitFor({ timeout: 10000 })
    await shot('32-ended')
  })

  test('switching accounts shows separate histories and keeps each draft', async () => {
    await input().fill('账号二的草稿')
    await page.getByRole('button', { name: /切换客服/ }).click()
    await page.getByRole('button', { name: /customerServiceID_003|客服 3/ }).click()
    await page.getByText('猜你想问').first().waitFor({ timeout: 10000 })
    assert.equal(await page.locator('.cs-row--out', { hasText: '智能客服高级版' }).count(), 0, 'account 3 does not show account 2 messages')
    assert.equal(await input().inputValue(), '')
    await input().fill('账号三的草稿')
    await shot('33-account-3')
    await page.getByRole('button', { name: /切换客服/ }).click()
    await page.getByRole('button', { name: /customerServiceID_002|客服 2/ }).click()
    await page.locator('.cs-row--out', { hasText: '智能客服高级版' }).first().waitFor({ timeout: 10000 })
    assert.equal(await input().inputValue(), '账号二的草稿')
    assert.deepEqual(h5.pageErrors, [])
  })
})
