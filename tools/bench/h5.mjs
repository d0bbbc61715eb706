// Bench part 3 — H5 render scaling in Chromium (production build): the time to show one more message with
// 20 vs 2,000 messages in the chat, the bubbles mounted at 2,000, and the time from the tap on 咨询客服 to
// the welcome card.
//
//   node tools/bench/h5.mjs [--check] [--skip-build]
import { cli, median } from './figures.mjs'
import { ACCOUNT, startH5Session } from './h5-session.mjs'

const SMALL = 20
const LARGE = 2000
/** Appends timed per page (after one untimed warm-up); the two pages take turns. */
const RUNS = 9
export const H5_BUDGETS = { appendRatio: 1.3, mounted: 60 }

/**
 * In-page helpers. An append is timed from the desk's delivery until the new row is in the DOM and laid out
 * — a forced layout rather than waiting for the next frame, whose vsync timing would add up to 16 ms of
 * noise unrelated to the list.
 */
function installHelpers(account) {
  const desk = window.__csDemoDesk
  const anchor = (id) => `cs-m-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`
  const shown = (id) =>
    new Promise((resolve) => {
      const ready = () => {
        const el = document.getElementById(anchor(id))
        if (!el) return false
        el.getBoundingClientRect()
        return true
      }
      if (ready()) return resolve()
      const mo = new MutationObserver(() => {
        if (!ready()) return
        mo.disconnect()
        resolve()
      })
      mo.observe(document.body, { childList: true, subtree: true })
    })
  let serial = 0
  const text = () => ({ kind: 'text', text: `您好，您的订单 #${++serial} 已发货，预计明天送达。` })
  window.__bench = {
    async fill(n) {
      const list = desk.deskSaysMany(account, Array.from({ length: Math.max(0, n - desk.serverLog(account).length) }, text))
      if (list.length) await shown(list[list.length - 1].id)
    },
    async append() {
      const t0 = performance.now()
      const m = desk.deskSays(account, text())
      await shown(m.id)
      return performance.now() - t0
    },
    mounted: () => document.querySelectorAll('.cs-list [id^="cs-m-"]').length,
    held: () => desk.serverLog(account).length
  }
}

/** Tap on 咨询客服 on the host page until the welcome card is on screen, timed in the page. */
async function openFromHost(session) {
  const page = await session.newPage()
  await page.goto(`${session.url}/#/pages/index/index`)
  const button = page.getByText('咨询客服', { exact: true })
  await button.waitFor()
  await button.evaluate((el) => {
    window.__tapAt = performance.now()
    el.click()
  })
  const welcome = page.getByText('猜你想问')
  await welcome.waitFor({ state: 'visible', timeout: 30000 })
  // Visible and inside the viewport (the page slides in).
  await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('.cs-list *')].find((e) => e.textContent === '猜你想问')
    const r = el?.getBoundingClientRect()
    if (!r || r.width === 0 || r.left < 0 || r.right > window.innerWidth) return false
    window.__welcomeAt = window.__welcomeAt || performance.now()
    return true
  }, null, { polling: 'raf', timeout: 30000 })
  const ms = await page.evaluate(() => window.__welcomeAt - window.__tapAt)
  await page.close()
  return ms
}

export async function run(ctx) {
  const session = await startH5Session(ctx)
  try {
    const welcomeMs = await openFromHost(session)
    const small = await session.openQuietChat()
    const large = await session.openQuietChat()
    for (const [page, n] of [[small, SMALL], [large, LARGE]]) {
      await page.evaluate(installHelpers, ACCOUNT)
      await page.evaluate((count) => window.__bench.fill(count), n)
      await page.waitForTimeout(500)
    }
    const times = { small: [], large: [] }
    for (let i = 0; i <= RUNS; i++) {
      for (const [page, key] of [[small, 'small'], [large, 'large']]) {
        const ms = await page.evaluate(() => window.__bench.append())
        if (i > 0) times[key].push(ms)
        // Let the list finish what follows an append (scrolling to the bottom) before the next one.
        await page.waitForTimeout(150)
      }
    }
    const mounted = await large.evaluate(() => window.__bench.mounted())
    const held = await large.evaluate(() => window.__bench.held())
    if (session.errors.length) throw new Error(`page errors: ${session.errors.slice(0, 3).join(' | ')}`)
    const [s, l] = [median(times.small), median(times.large)]
    ctx.log(`h5: append ${s.toFixed(1)} ms at N=${SMALL}, ${l.toFixed(1)} ms at N=${LARGE} (medians of ${RUNS}); ${mounted} rows mounted of ${held}; welcome ${welcomeMs.toFixed(0)} ms after the tap`)
    return {
      figures: [
        { id: 'h5.append.small', label: `H5: show one more message at N=${SMALL} (median of ${RUNS})`, value: Number(s.toFixed(1)), unit: 'ms' },
        { id: 'h5.append.large', label: `H5: show one more message at N=${LARGE.toLocaleString('en-US')} (median of ${RUNS})`, value: Number(l.toFixed(1)), unit: 'ms' },
        { id: 'h5.append.ratio', label: `H5: append time N=${LARGE.toLocaleString('en-US')} / N=${SMALL}`, value: Number((l / s).toFixed(3)), unit: '×', budget: H5_BUDGETS.appendRatio },
        { id: 'h5.mounted', label: `H5: message rows mounted with ${held.toLocaleString('en-US')} in the chat`, value: mounted, unit: 'rows', budget: H5_BUDGETS.mounted },
        { id: 'h5.welcome', label: 'H5: tap on 咨询客服 → welcome card visible (demo desk, includes its lifelike 300 ms)', value: Math.round(welcomeMs), unit: 'ms' }
      ],
      details: { times, welcomeMs, mounted, held }
    }
  } finally {
    await session.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(run)
