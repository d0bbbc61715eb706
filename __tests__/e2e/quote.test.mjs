// H5 in Chromium: quoting. A real touch held on a bubble opens the menu; 引用 puts the quote above the input; the
// sent text shows it in its bubble; the demo desk quotes back; a tap on the quote brings the original (scrolled far
// out of view) back and flashes it. Screenshots: 50-quote-*.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from '../../tools/browser.mjs'
import { ROOT, startH5, longPress as holdAndLift } from './harness.mjs'

const GREETING = '您好，我是客服小美，很高兴为您服务。'

describe('H5: quote a message', () => {
  let h5
  let page
  const chat = () => `${h5.url}/#/customer-service/pages/chat/index?userID=e2e_quote`
  const input = () => page.locator('.cs-composer__input input')
  const list = () => page.locator('.cs-list__scroll')
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, `50-quote-${name}`) })
  const send = async (text) => {
    await input().fill(text)
    await page.getByRole('button', { name: '发送' }).click()
  }
  /** Lifted with touchend, which Chromium turns into a click on whatever opened under the finger: ignored. */
  const longPress = async (locator) => {
    await holdAndLift(page, locator)
    assert.ok(await page.getByRole('menu').isVisible(), 'the lifting finger chose nothing')
  }
  /** Whether the element is inside the visible part of the list. */
  const inView = (locator) =>
    locator.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const s = document.querySelector('.cs-list__scroll').getBoundingClientRect()
      return r.bottom > s.top && r.top < s.bottom
    })
  const greeting = () => list().locator('.cs-bubble').filter({ hasText: GREETING }).first()

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.setViewportSize({ width: 375, height: 667 })
  })

  after(async () => {
    await h5?.close()
  })

  test('long-press → 引用 shows the quote above the input', async () => {
    await page.goto(chat())
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await send('人工服务')
    await list().getByText(GREETING).waitFor({ timeout: 15000 })
    // Enough conversation that the greeting scrolls far out of view later.
    for (let i = 1; i <= 4; i++) {
      await send(`补充问题 ${i}`)
      await list().getByText(`（演示坐席）已收到：「补充问题 ${i}」，正在为您处理。`).waitFor({ timeout: 15000 })
    }
    await greeting().scrollIntoViewIfNeeded()
    await longPress(greeting())
    await page.getByRole('menuitem', { name: '引用' }).click()
    await page.locator('.cs-quote-bar').getByText(`客服小美：${GREETING}`).waitFor()
    assert.ok(await page.getByRole('button', { name: '取消引用' }).isVisible())
    await shot('bar-375')
  })

  test('the sent text shows the quote in its bubble, and the desk quotes it back', async () => {
    await send('这单能加急发货吗？')
    await page.locator('.cs-quote-bar').waitFor({ state: 'detached' })
    const mine = list().locator('.cs-row--out .cs-bubble').filter({ hasText: '这单能加急发货吗？' }).first()
    await mine.locator('.cs-quote').getByText(GREETING).waitFor()
    const answer = list().locator('.cs-bubble').filter({ hasText: `关于您引用的「${GREETING.slice(0, 30)}` }).first()
    await answer.waitFor({ timeout: 15000 })
    await answer.locator('.cs-quote').getByText('这单能加急发货吗？').waitFor()
    await page.waitForTimeout(300)
    await shot('sent-375')
  })

  test('a tap on the quote brings the original back into view and flashes it', async () => {
    assert.equal(await inView(greeting()), false, 'the greeting is out of view before the tap')
    const mine = list().locator('.cs-row--out .cs-bubble').filter({ hasText: '这单能加急发货吗？' }).first()
    await mine.locator('.cs-quote').click()
    await page.waitForFunction((text) => {
      const row = [...document.querySelectorAll('.cs-list__flash')].find((el) => el.textContent.includes(text))
      if (!row) return false
      const r = row.getBoundingClientRect()
      const s = document.querySelector('.cs-list__scroll').getBoundingClientRect()
      return r.bottom > s.top && r.top < s.bottom
    }, GREETING, { timeout: 5000 })
    await shot('jump-375')
  })

  test('wide screen: the quote bar and blocks lay out at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const answer = list().locator('.cs-bubble').filter({ hasText: '关于您引用的' }).first()
    await answer.scrollIntoViewIfNeeded()
    await longPress(answer)
    await page.getByRole('menuitem', { name: '引用' }).click()
    await page.locator('.cs-quote-bar').waitFor()
    await page.waitForTimeout(300)
    await shot('1280')
    await page.getByRole('button', { name: '取消引用' }).click()
    await page.locator('.cs-quote-bar').waitFor({ state: 'detached' })
    assert.deepEqual(h5.pageErrors, [])
  })
})
