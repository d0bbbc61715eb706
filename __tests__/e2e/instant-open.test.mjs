// H5 in Chromium: the chat opened a second time shows the last screen at once, marked as from the last visit,
// and the live history then takes over (the mark goes, nothing is shown twice). Screenshots: 50-instant-open-*.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: instant open from the last visit', () => {
  let h5
  let page
  const chat = () => `${h5.url}/#/customer-service/pages/chat/index?userID=e2e_open`

  before(async () => {
    h5 = await startH5()
    page = h5.page
  })

  after(async () => {
    await h5?.close()
  })

  test('first visit: the welcome arrives live, and what was on screen is kept for next time', async () => {
    await page.goto(chat())
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    // The cache is written at most once a second, and on leaving the page.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('cs-open:v1:e2e_open:')), null, { timeout: 10000 })
    assert.equal(await page.locator('.cs-list__cached').count(), 0, 'a live chat is not marked as cached')
  })

  test('second visit: the last screen shows at once, marked, then the live history replaces the mark without doubles', async () => {
    await page.goto(`${h5.url}/#/pages/index/index`)
    await page.reload()
    await page.goto(chat())
    const mark = page.locator('.cs-list__cached')
    await mark.waitFor({ timeout: 10000 })
    assert.equal(await mark.textContent(), '上次的聊天记录 · 正在更新')
    assert.ok((await page.locator('.cs-row--cached').count()) > 0, 'rows from the last visit are on screen, dimmed')
    await page.screenshot({ path: screenshotPath(ROOT, '50-instant-open-cached') })
    await mark.waitFor({ state: 'detached', timeout: 20000 })
    assert.equal(await page.locator('.cs-row--cached').count(), 0, 'every row is live once the history is in')
    await page.getByText('猜你想问').first().waitFor()
    const ids = await page.locator('.cs-list [id^="cs-m-"]').evaluateAll((els) => els.map((e) => e.id))
    assert.equal(new Set(ids).size, ids.length, 'no message twice')
    await page.screenshot({ path: screenshotPath(ROOT, '51-instant-open-live') })
    assert.deepEqual(h5.pageErrors, [])
  })
})
