// H5 in Chromium: the long-press menu and the #18 message kinds. A real touch held on a bubble opens a menu with
// only the actions that apply (roles and names), focus moves into it, arrows move, Escape closes; the demo desk's
// 地址 / 记录 show a location and a chat record, whose read-only viewer opens and closes; a right-click or Shift+F10
// opens the same menu. Screenshots: 53-kinds-*.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from '../../tools/browser.mjs'
import { ROOT, startH5, longPress as holdAndLift } from './harness.mjs'

describe('H5: long-press menu and message kinds', () => {
  let h5
  let page
  const chat = () => `${h5.url}/#/customer-service/pages/chat/index?userID=e2e_kinds`
  const list = () => page.locator('.cs-list__scroll')
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, `53-kinds-${name}`) })
  const send = async (text) => {
    await page.locator('.cs-composer__input input').fill(text)
    await page.getByRole('button', { name: '发送' }).click()
  }
  // Ended as some mobile browsers end a long press (touchcancel); quote.test.mjs lifts with touchend.
  const longPress = (locator) => holdAndLift(page, locator, 'touchCancel')
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim())

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.setViewportSize({ width: 375, height: 667 })
  })

  after(async () => {
    assert.deepEqual(h5.pageErrors, [])
    await h5?.close()
  })

  test('my own text: 复制 · 引用 · 撤回 in a named menu; focus inside; arrows; Escape closes', async () => {
    await page.goto(chat())
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await send('我想查一下订单')
    const mine = list().locator('.cs-row--out .cs-bubble').filter({ hasText: '我想查一下订单' })
    await mine.waitFor()
    await page.waitForFunction(() => !document.querySelector('.cs-row__sending'))
    await longPress(mine)
    const menu = page.getByRole('menu', { name: '消息操作' })
    await menu.waitFor()
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['复制', '引用', '撤回'])
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem')
    assert.equal(await focusedName(), '复制')
    await shot('menu-375')
    await page.keyboard.press('ArrowDown')
    assert.equal(await focusedName(), '引用')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
  })

  test('a card of the desk offers 引用 only; a tap outside closes the menu', async () => {
    const card = list().locator('.cs-row__card').first()
    await longPress(card)
    const menu = page.getByRole('menu', { name: '消息操作' })
    await menu.waitFor()
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['引用'])
    await page.mouse.click(180, 40)
    await menu.waitFor({ state: 'detached' })
  })

  test('mouse and keyboard: a right-click opens the same menu (not the browser’s); so does Shift+F10 on a focused bubble', async () => {
    const mine = list().locator('.cs-row--out .cs-bubble').filter({ hasText: '我想查一下订单' })
    await page.evaluate(() => window.addEventListener('contextmenu', (e) => (window.__menuPrevented = e.defaultPrevented)))
    await mine.click({ button: 'right' })
    const menu = page.getByRole('menu', { name: '消息操作' })
    await menu.waitFor()
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['复制', '引用', '撤回'])
    assert.equal(await page.evaluate(() => window.__menuPrevented), true, 'the browser menu is not shown')
    await shot('rightclick-375')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    await mine.focus()
    await page.keyboard.press('Shift+F10')
    await menu.waitFor()
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    assert.ok(await mine.evaluate((el) => el === document.activeElement), 'focus is back on the bubble')
  })

  test('地址 shows a location; 记录 a chat record whose viewer lists who said what, then closes', async () => {
    await send('地址')
    await page.getByLabel(/^位置: 深圳市南山区/).waitFor({ timeout: 15000 })
    await send('记录')
    const record = page.getByRole('button', { name: '聊天记录: 历史咨询记录' })
    await record.waitFor({ timeout: 15000 })
    await record.scrollIntoViewIfNeeded()
    await shot('bubbles-375')
    await record.click()
    const dialog = page.getByRole('dialog', { name: '历史咨询记录' })
    await dialog.getByText('已为您加急，预计明天发出').waitFor()
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '关闭')
    await shot('relay-375')
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.waitForTimeout(300)
    await shot('relay-wide')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // A location has no text to copy: 引用 only.
    await longPress(page.getByLabel(/^位置: 深圳市南山区/))
    const menu = page.getByRole('menu', { name: '消息操作' })
    await menu.waitFor()
    assert.deepEqual(await menu.getByRole('menuitem').allTextContents(), ['引用'])
    await shot('menu-wide')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    await page.setViewportSize({ width: 375, height: 667 })
  })
})
