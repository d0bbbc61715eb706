// Shared set-up of the Chromium tests: the H5 build served on 127.0.0.1, one phone-sized page,
// and the page errors and console lines it produced.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '../../tools/static-server.mjs'
import { launchBrowser, newPhonePage } from '../../tools/browser.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const H5_DIST = path.resolve(ROOT, process.env.H5_DIST || 'dist-h5')

export async function startH5() {
  const server = await serveStatic(H5_DIST)
  const browser = await launchBrowser()
  const page = await newPhonePage(browser)
  const pageErrors = []
  const logs = []
  page.on('pageerror', (err) => pageErrors.push(err.message))
  page.on('console', (msg) => logs.push(msg.text()))
  return {
    url: server.url,
    page,
    pageErrors,
    logs,
    close: async () => {
      await browser.close()
      await server.close()
    }
  }
}

/**
 * A finger held 600 ms on the element (Taro's View fires longpress after 350 ms), then lifted with `end`
 * ('touchEnd', or 'touchCancel' as some mobile browsers end a long press), then a human's pause: the long-press
 * menu ignores taps in the first 350 ms after the holding finger lifts.
 */
export async function longPress(page, locator, end = 'touchEnd') {
  const box = await locator.boundingBox()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] })
  await page.waitForTimeout(600)
  await cdp.send('Input.dispatchTouchEvent', { type: end, touchPoints: [] })
  await cdp.detach()
  await page.waitForTimeout(450)
}
