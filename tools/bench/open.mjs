// Bench part — instant open: the last screen of the conversation from storage (session/open-cache.ts).
// H5 (Chromium, production build): tap on 咨询客服 → the first message row visible, without a cache (first
// visit) and with one (the next visit), one run each; weapp (Node boot): setData bytes of the first render (the page
// opening) and until the page is quiet, without and with a cache.
//
//   node tools/bench/open.mjs [--check] [--skip-build]
import { createMiniRuntime } from '../weapp/mini-runtime.mjs'
import { ensureBuild } from './builds.mjs'
import { cli } from './figures.mjs'
import { startH5Session } from './h5-session.mjs'

const CHAT_PAGE = 'customer-service/pages/chat/index'
export const OPEN_BUDGETS = { h5Ratio: 0.5 }

/** Tap on 咨询客服 on the host page until a message row is visible in the viewport, timed in the page. */
async function tapToFirstRow(page, url) {
  await page.goto(`${url}/#/pages/index/index`)
  await page.reload()
  const button = page.getByText('咨询客服', { exact: true })
  await button.waitFor()
  await page.evaluate(() => {
    window.__rowAt = 0
  })
  await button.evaluate((el) => {
    window.__tapAt = performance.now()
    el.click()
  })
  await page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('.cs-list [id^="cs-m-"]')
      const visible = [...rows].some((el) => {
        const r = el.getBoundingClientRect()
        return r.height > 0 && r.left >= 0 && r.right <= window.innerWidth && r.bottom > 0 && r.top < window.innerHeight
      })
      if (visible) window.__rowAt = window.__rowAt || performance.now()
      return visible
    },
    null,
    { polling: 'raf', timeout: 30000 }
  )
  const ms = await page.evaluate(() => window.__rowAt - window.__tapAt)
  const cached = await page.evaluate(() => document.querySelectorAll('.cs-row--cached').length)
  return { ms, cached }
}

async function h5(ctx) {
  const session = await startH5Session(ctx)
  try {
    const page = await session.newPage()
    await page.goto(`${session.url}/#/pages/index/index`)
    await page.evaluate(() => localStorage.clear())
    const cold = await tapToFirstRow(page, session.url)
    // Let the chat write its cache (throttled to once a second), then close it with the page.
    await page.getByText('猜你想问').waitFor({ timeout: 30000 })
    await page.waitForTimeout(2000)
    const warm = await tapToFirstRow(page, session.url)
    if (session.errors.length) throw new Error(`page errors: ${session.errors.slice(0, 3).join(' | ')}`)
    if (cold.cached || !warm.cached) throw new Error(`expected cached rows only on the second open (${cold.cached}, ${warm.cached})`)
    return { cold, warm }
  } finally {
    await session.close()
  }
}

/**
 * setData of one chat open: what the page sends while it opens (until openPage resolves: the first render), whether
 * a message row is on the page by then, and everything until the page is quiet.
 */
async function weappOpen(rt) {
  const from = rt.records.setData.length
  const page = await rt.openPage(CHAT_PAGE, { csq: '%25', demo: '1' })
  const first = rt.records.setData.slice(from)
  const rowShown = JSON.stringify(page.data).includes('cs-m-')
  let seen = -1
  while (seen !== rt.records.setData.length) {
    seen = rt.records.setData.length
    await rt.flush(250)
  }
  const calls = rt.records.setData.slice(from)
  await rt.closePage(page)
  return { first: first.reduce((n, c) => n + c.bytes, 0), firstCalls: first.length, rowShown, total: calls.reduce((n, c) => n + c.bytes, 0) }
}

async function weapp(ctx) {
  const dist = ensureBuild(ctx, 'weapp')
  const rt = createMiniRuntime(dist, { onConsole: () => undefined })
  await rt.launch()
  rt.storage.clear()
  const cold = await weappOpen(rt)
  const keys = [...rt.storage.keys()].filter((k) => k.startsWith('cs-open'))
  if (!keys.length) throw new Error('the weapp chat wrote no open cache')
  const warm = await weappOpen(rt)
  // Stops the timers the pages left, so the bench process can exit.
  await rt.dispose()
  return { cold, warm }
}

export async function run(ctx) {
  const web = await h5(ctx)
  const mini = await weapp(ctx)
  const ratio = web.warm.ms / web.cold.ms
  ctx.log(`open: H5 tap → first row ${web.cold.ms.toFixed(0)} ms cold, ${web.warm.ms.toFixed(0)} ms cached (${web.warm.cached} cached rows); weapp setData to first row ${mini.cold.first} B cold, ${mini.warm.first} B cached`)
  return {
    figures: [
      { id: 'open.h5.cold', label: 'H5: tap on 咨询客服 → first message visible, no cache (one run; demo desk, lifelike pace)', value: Math.round(web.cold.ms), unit: 'ms' },
      { id: 'open.h5.cached', label: 'H5: tap on 咨询客服 → first message visible, with the open cache (one run)', value: Math.round(web.warm.ms), unit: 'ms', note: `${web.warm.cached} cached rows` },
      { id: 'open.h5.ratio', label: 'H5: first message visible, cached / no cache', value: Number(ratio.toFixed(3)), unit: '×', budget: OPEN_BUDGETS.h5Ratio },
      { id: 'open.weapp.first.cold', label: 'weapp: setData bytes of the first render (page open), no cache', value: mini.cold.first, unit: 'B', note: `${mini.cold.firstCalls} calls, message row shown: ${mini.cold.rowShown}; ${mini.cold.total} B until quiet` },
      { id: 'open.weapp.first.cached', label: 'weapp: setData bytes of the first render (page open), with the open cache', value: mini.warm.first, unit: 'B', note: `${mini.warm.firstCalls} calls, message row shown: ${mini.warm.rowShown}; ${mini.warm.total} B until quiet` }
    ],
    details: { h5: web, weapp: mini }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(run)
