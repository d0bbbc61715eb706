// H5 in Chromium: a malformed launch URL shows the error screen instead of a blank page.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '../../tools/static-server.mjs'
import { launchBrowser, newPhonePage, screenshotPath, waitForSettled } from '../../tools/browser.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const H5_DIST = path.resolve(ROOT, process.env.H5_DIST || 'dist-h5')

describe('H5: malformed launch parameters', () => {
  let server
  let browser
  let page
  const pageErrors = []
  const logs = []

  before(async () => {
    server = await serveStatic(H5_DIST)
    browser = await launchBrowser()
    page = await newPhonePage(browser)
    page.on('pageerror', (err) => pageErrors.push(err.message))
    page.on('console', (msg) => logs.push(msg.text()))
  })

  after(async () => {
    await browser?.close()
    await server?.close()
  })

  test('a bad SDKAppID and a missing userID show the error screen with both fields named', async () => {
    await page.goto(`${server.url}/#/customer-service/pages/chat/index?SDKAppID=abc&userSig=TOPSECRETSIG&toolbarButtonList=[{"title":"x"`)
    await page.getByText('暂时无法打开客服').waitFor({ state: 'visible', timeout: 20000 })
    await waitForSettled(page.locator('.cs-launch-error').first())
    await page.screenshot({ path: screenshotPath(ROOT, '10-launch-error') })
    await page.getByText('SDKAppID 必须是数字').waitFor({ state: 'visible' })
    await page.getByText(/缺少参数 userID/).waitFor({ state: 'visible' })
    await page.getByText(/toolbarButtonList 的 JSON 被截断/).waitFor({ state: 'visible' })
    assert.deepEqual(pageErrors, [])
    assert.ok(logs.some((l) => l.includes('SDKAppID must be a number')), 'details are logged for the developer')
    assert.ok(!logs.some((l) => l.includes('TOPSECRETSIG')), 'the userSig is never logged')
  })

  test('language=en shows the screen in English', async () => {
    await page.goto(`${server.url}/#/customer-service/pages/chat/index?SDKAppID=1400000001&language=en&t=${Date.now()}`)
    await page.getByText('Customer service is unavailable').waitFor({ state: 'visible', timeout: 20000 })
    await page.getByText(/userID is missing/).waitFor({ state: 'visible' })
  })
})
