// Launches Debian's Chromium through playwright-core. Never downloads a browser.
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}

/** A phone-sized page; screenshots go to .artifacts/screenshots (git-ignored). */
export async function newPhonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  return context.newPage()
}

export function screenshotPath(root, name) {
  const dir = path.join(root, '.artifacts', 'screenshots')
  mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}

/**
 * Waits until the element stops moving (Taro H5 slides pages in), so screenshots show the
 * settled page rather than a frame of the transition.
 */
export async function waitForSettled(locator, timeout = 10000) {
  const deadline = Date.now() + timeout
  let last = null
  while (Date.now() < deadline) {
    const box = await locator.boundingBox()
    if (box && last && box.x === last.x && box.y === last.y && Math.abs(box.x) < 1) return box
    last = box
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('element did not settle in place')
}
