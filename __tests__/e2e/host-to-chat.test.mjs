// H5 end to end in real Chromium: host page → tap 咨询客服 → the chat page of the subpackage.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: host page opens the chat', () => {
  let h5
  let page

  before(async () => {
    h5 = await startH5()
    page = h5.page
  })

  after(async () => {
    await h5?.close()
  })

  test('the host page shows 咨询客服', async () => {
    await page.goto(`${h5.url}/#/pages/index/index`)
    await page.getByText('咨询客服', { exact: true }).waitFor({ state: 'visible', timeout: 20000 })
    await page.screenshot({ path: screenshotPath(ROOT, '01-host') })
  })

  test('tapping 咨询客服 opens /customer-service/pages/chat/index and the demo desk welcomes', async () => {
    await page.getByText('咨询客服', { exact: true }).click()
    await page.waitForURL(/#\/customer-service\/pages\/chat\/index\?/, { timeout: 20000 })
    await page.getByText('猜你想问').first().waitFor({ state: 'visible', timeout: 20000 })
    await waitForSettled(page.locator('.cs-screen').first())
    await page.screenshot({ path: screenshotPath(ROOT, '02-chat') })
    assert.deepEqual(h5.pageErrors, [])
  })
})
