// H5 in Chromium: the emoji panel inserts at the caret, the message goes out with the emoji where the user
// put them, and the recently used come first next time. Screenshots: 51-emoji-*.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: emoji panel', () => {
  let h5
  let page
  const chat = () => `${h5.url}/#/customer-service/pages/chat/index?userID=e2e_emoji`
  const input = () => page.locator('.cs-composer__input input')
  const all = () => page.getByRole('group', { name: '所有表情' })
  const recent = () => page.getByRole('group', { name: '最近使用' }).getByRole('button')
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, `51-emoji-${name}`) })

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.setViewportSize({ width: 375, height: 667 })
  })

  after(async () => {
    await h5?.close()
  })

  test('two emoji go in at the caret in the middle of the text and are sent there', async () => {
    await page.goto(chat())
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await input().click()
    await page.keyboard.type('你好世界')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.getByRole('button', { name: '表情' }).click()
    await all().waitFor()
    await all().getByRole('button', { name: '😀' }).click()
    await all().getByRole('button', { name: '🎉' }).click()
    assert.equal(await input().inputValue(), '你好😀🎉世界')

    // The panel scrolls inside itself and the composer stays on screen at 375 × 667.
    const bar = await page.locator('.cs-composer__bar').boundingBox()
    const panel = await page.locator('.cs-emoji').boundingBox()
    assert.ok(bar.y >= 0 && bar.y + bar.height <= panel.y + 1, `the bar sits above the panel (${bar.y}, ${panel.y})`)
    assert.ok(panel.y + panel.height <= 667 + 1, `the panel ends on screen (${panel.y + panel.height})`)
    const scroll = await page.locator('.cs-emoji__scroll').evaluate((el) => ({ inner: el.scrollHeight, outer: el.clientHeight }))
    assert.ok(scroll.inner > scroll.outer, 'the emoji scroll inside the panel')
    await shot('375')

    await page.getByRole('button', { name: '发送' }).click()
    await page.locator('.cs-list__scroll').getByText('你好😀🎉世界').waitFor({ timeout: 10000 })
    assert.equal(await input().inputValue(), '')
    assert.ok(await all().isVisible(), 'the panel stays open after sending')
  })

  test('the keyboard button goes back to the input; reopening shows the recent emoji first, also after a reload', async () => {
    await page.getByRole('button', { name: '键盘' }).click()
    await all().waitFor({ state: 'detached' })
    assert.equal(await input().evaluate((el) => el === document.activeElement), true, 'the input has the focus')
    await page.getByRole('button', { name: '表情' }).click()
    assert.deepEqual(await recent().allTextContents(), ['🎉', '😀'])
    await shot('375-recent')

    await page.reload()
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await page.getByRole('button', { name: '表情' }).click()
    assert.deepEqual(await recent().allTextContents(), ['🎉', '😀'])
  })

  test('wide screen: the panel lays out in rows under the input', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await all().waitFor()
    const panel = await page.locator('.cs-emoji').boundingBox()
    assert.ok(panel.y + panel.height <= 800 + 1)
    await shot('1280')
    assert.deepEqual(h5.pageErrors, [])
  })
})
