// H5 in Chromium: a malformed launch URL shows the error screen instead of a blank page.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: malformed launch parameters', () => {
  let h5
  let page

  before(async () => {
    h5 = await startH5()
    page = h5.page
  })

  after(async () => {
    await h5?.close()
  })

  test('a bad SDKAppID and a missing userID show the error screen with both fields named', async () => {
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?SDKAppID=abc&userSig=TOPSECRETSIG&toolbarButtonList=[{"title":"x"`)
    await page.getByText('暂时无法打开客服').waitFor({ state: 'visible', timeout: 20000 })
    await waitForSettled(page.locator('.cs-launch-error').first())
    await page.screenshot({ path: screenshotPath(ROOT, '10-launch-error') })
    await page.getByText('SDKAppID 必须是数字').waitFor({ state: 'visible' })
    await page.getByText(/缺少参数 userID/).waitFor({ state: 'visible' })
    await page.getByText(/toolbarButtonList 的 JSON 被截断/).waitFor({ state: 'visible' })
    assert.deepEqual(h5.pageErrors, [])
    assert.ok(h5.logs.some((l) => l.includes('SDKAppID must be a number')), 'details are logged for the developer')
    assert.ok(!h5.logs.some((l) => l.includes('TOPSECRETSIG')), 'the userSig is never logged')
  })

  test('language=en shows the screen in English', async () => {
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?SDKAppID=1400000001&language=en&t=${Date.now()}`)
    await page.getByText('Customer service is unavailable').waitFor({ state: 'visible', timeout: 20000 })
    await page.getByText(/userID is missing/).waitFor({ state: 'visible' })
  })
})
