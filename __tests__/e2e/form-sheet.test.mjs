// H5 in Chromium: a long Desk form (33) in the bottom sheet at phone width (open, required marked, the
// composer hidden, submit fixed at the bottom, fill, submit, card read-only), and the wide layout at 1280 px
// on a desktop (no touch): the chat column capped at 720 px and centred, text at phone scale, hover states.
// Screenshots go to .artifacts/screenshots (61-sheet-*, 62-wide-*) and, for the README, docs/screenshots.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

const TIP = '请完善以下信息，我们将为您修改收货地址'
const COLUMN = 720

/**
 * Saves to .artifacts/screenshots/<name>.png; with UPDATE_DOC_SHOTS=1 also to the committed docs/screenshots/<doc>.png
 * (a test run must not change tracked files).
 */
async function shot(page, name, doc) {
  const file = screenshotPath(ROOT, name)
  await page.screenshot({ path: file })
  if (doc && process.env.UPDATE_DOC_SHOTS === '1') {
    const dir = path.join(ROOT, 'docs', 'screenshots')
    mkdirSync(dir, { recursive: true })
    copyFileSync(file, path.join(dir, `${doc}.png`))
  }
}

async function openChat(page, url, user) {
  await page.goto(`${url}/#/customer-service/pages/chat/index?userID=${user}`)
  await page.getByText('猜你想问').first().waitFor({ timeout: 20000 })
  // Taro slides the page in; the wide column does not start at x 0, so its page element is watched.
  await waitForSettled(page.locator('.taro_page').first())
}

async function askForForm(page) {
  await page.locator('.cs-composer__input input').fill('修改收货地址')
  await page.getByRole('button', { name: '发送' }).click()
  const card = page.locator('.cs-card--form', { hasText: TIP }).last()
  await card.getByRole('button', { name: '填写' }).waitFor({ timeout: 15000 })
  return card
}

const field = (sheet, name) => sheet.locator(`input[aria-label="${name}"], [aria-label="${name}"] input`).first()
const rect = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON())

describe('H5: long forms in a bottom sheet, and wide screens', () => {
  let h5

  before(async () => {
    h5 = await startH5()
  })

  after(async () => {
    await h5?.close()
  })

  test('375 px: 填写 opens the sheet (required marked, composer hidden, submit at the bottom); submitted, the card is read-only', async () => {
    const { page } = h5
    await page.setViewportSize({ width: 375, height: 740 })
    await openChat(page, h5.url, 'e2e_sheet')
    const card = await askForForm(page)
    assert.equal(await card.locator('input').count(), 0, 'no inputs in the list')
    await card.getByRole('button', { name: '填写' }).click()
    const sheet = page.getByRole('dialog', { name: TIP })
    await sheet.waitFor()
    assert.ok(await page.locator('.cs-composer').isHidden(), 'the composer is hidden while the sheet is open')
    assert.equal(await sheet.getByText('必填').count(), 2)
    const submit = sheet.getByRole('button', { name: '提交' })
    const box = await rect(submit)
    assert.ok(box.bottom <= 740 && box.bottom > 740 - 120, `submit fixed at the bottom (bottom ${box.bottom})`)
    await field(sheet, '手机号').fill('18600000006')
    await sheet.getByRole('button', { name: '地址填错' }).click()
    await shot(page, '61-sheet-375', 'sheet-375')

    await submit.click()
    await sheet.getByRole('alert').getByText('请填写：新地址').waitFor()
    await field(sheet, '新地址').fill('北京市海淀区中关村大街 1 号')
    await shot(page, '61-sheet-375-filled')
    await submit.click()
    await sheet.waitFor({ state: 'detached', timeout: 10000 })
    await card.getByText('已提交').waitFor()
    await card.getByText('北京市海淀区中关村大街 1 号').waitFor()
    assert.equal(await card.getByRole('button').count(), 0, 'read-only: nothing to tap')
    await page.locator('.cs-composer').waitFor({ state: 'visible' })
    // The list still follows: the desk's answer is in view, with no new-messages pill.
    await page.getByText('信息已收到').waitFor({ timeout: 10000 })
    assert.equal(await page.locator('.cs-list__pill').count(), 0, 'no new-messages pill after the sheet')
    await page.getByText('信息已收到').waitFor({ timeout: 10000 })
    await shot(page, '61-sheet-375-submitted')
    assert.deepEqual(h5.pageErrors, [])
  })

  test('1280 px desktop: the column is capped and centred, text at phone scale, hover on options; the sheet keeps the column width', async () => {
    const context = await h5.page.context().browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    const page = await context.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    try {
      await openChat(page, h5.url, 'e2e_wide')
      const screenBox = await rect(page.locator('.cs-screen').first())
      assert.ok(screenBox.width <= COLUMN, `column ${screenBox.width} px ≤ ${COLUMN}`)
      assert.ok(Math.abs(screenBox.left - (1280 - screenBox.right)) <= 1, `centred (${screenBox.left} / ${1280 - screenBox.right})`)
      const rootFont = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
      assert.ok(rootFont <= 22.1, `root font ${rootFont} px: phone scale, not the 40 px default cap`)
      const option = page.locator('.cs-card__option').first()
      const textSize = await option.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(textSize <= 16, `card text ${textSize} px`)
      const cardBox = await rect(page.locator('.cs-card').first())
      assert.ok(cardBox.width <= 320, `cards keep a phone width (${cardBox.width})`)
      await option.hover()
      await page.waitForTimeout(250)
      assert.notEqual(await option.evaluate((el) => getComputedStyle(el).filter), 'none', 'hover shows on options')
      await page.mouse.move(5, 5)
      await askForForm(page)
      await shot(page, '62-wide-1280', 'wide-1280')

      await page.locator('.cs-card--form', { hasText: TIP }).last().getByRole('button', { name: '填写' }).click()
      const panel = page.locator('.cs-sheet__panel')
      await panel.waitFor()
      await page.waitForTimeout(200)
      const p = await rect(panel)
      assert.ok(p.width <= COLUMN && Math.abs(p.left - (1280 - p.right)) <= 1, `sheet in the column (${p.left}–${p.right})`)
      await page.mouse.move(5, 5)
      await page.waitForTimeout(200)
      await shot(page, '61-sheet-1280', 'sheet-1280')
      assert.deepEqual(errors, [])
    } finally {
      await context.close()
    }
  })
})
