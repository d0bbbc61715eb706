// H5 end to end in real Chromium: host page → tap 咨询客服 → the chat page of the subpackage.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '../../tools/static-server.mjs'
import { launchBrowser, newPhonePage, screenshotPath, waitForSettled } from '../../tools/browser.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const H5_DIST = path.resolve(ROOT, process.env.H5_DIST || 'dist-h5')

describe('H5: host page opens the chat', () => {
  let server
  let browser
  let page
  const pageErrors = []

  before(async () => {
    server = await serveStatic(H5_DIST)
    browser = await launchBrowser()
    page = await newPhonePage(browser)
    page.on('pageerror', (err) => pageErrors.push(err.message))
  })

  after(async () => {
    await browser?.close()
    await server?.close()
  })

  test('the host page shows 咨询客服', async () => {
    await page.goto(`${server.url}/#/pages/index/index`)
    await page.getByText('咨询客服', { exact: true }).waitFor({ state: 'visible', timeout: 20000 })
    await page.screenshot({ path: screenshotPath(ROOT, '01-host') })
  })

  test('tapping 咨询客服 opens /customer-service/pages/chat/index and it renders', async () => {
    await page.getByText('咨询客服', { exact: true }).click()
    await page.waitForURL(/#\/customer-service\/pages\/chat\/index\?/, { timeout: 20000 })
    await page.getByText('智能客服').first().waitFor({ state: 'visible', timeout: 20000 })
    await waitForSettled(page.locator('.cs-chat').first())
    await page.screenshot({ path: screenshotPath(ROOT, '02-chat') })
    assert.deepEqual(pageErrors, [])
  })
})
