// H5 in Chromium: the Desk shapes Tencent's kits read that our first reading got wrong, as a user meets
// them in the demo desk — a clarify card (29 clarify_msg), a title-only branch (15 with title), and a form
// the desk sends back without nodeStatus (read-only). Screenshots at 375 px and wide in .artifacts/screenshots.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: Desk shapes as Tencent kits send them', () => {
  let h5
  let page
  // The card in view at phone width and at desktop width (a resize moves the scroll position).
  const shot = async (name, card) => {
    const size = page.viewportSize()
    for (const [suffix, width, height] of [['375', size.width, size.height], ['wide', 1024, 800]]) {
      await page.setViewportSize({ width, height })
      await card.scrollIntoViewIfNeeded()
      await page.screenshot({ path: screenshotPath(ROOT, `${name}-${suffix}`) })
    }
    await page.setViewportSize(size)
  }
  const send = async (text) => {
    await page.locator('.cs-composer__input input').fill(text)
    await page.getByRole('button', { name: '发送' }).click()
  }
  const lastCard = (selector) => page.locator(selector).last()

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?userID=e2e_shapes`)
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
  })

  after(async () => {
    await h5?.close()
  })

  test('a vague question gets a clarify card: title, the desk\'s text, its items as choices', async () => {
    await send('退款')
    const card = lastCard('.cs-card--branch')
    await card.getByText('您是想问以下哪个问题？').waitFor({ timeout: 15000 })
    await card.getByText('为您找到以下相关问题').waitFor()
    assert.equal(await card.getByRole('button', { name: '退款多久到账？' }).count(), 1)
    await waitForSettled(page.locator('.cs-screen').first())
    await shot('30-clarify', card)
  })

  test('a clarify choice leads to a title-only branch; its title shows and a reason can be picked once', async () => {
    await lastCard('.cs-card--branch').getByRole('button', { name: '申请退款' }).click()
    const branch = page.locator('.cs-card--branch', { hasText: '请选择退款原因' })
    await branch.getByText('请选择退款原因').waitFor({ timeout: 15000 })
    await branch.getByRole('button', { name: '商品有破损' }).click()
    await page.getByText(/商品有破损/).nth(1).waitFor({ timeout: 10000 })
    assert.equal(await branch.getByRole('button', { name: '商品有破损', pressed: true }).count(), 1, 'the chosen reason stays chosen')
    assert.equal(await branch.getByRole('button', { name: '不想要了' }).getAttribute('aria-disabled'), 'true', 'the other reasons are closed')
    await shot('31-title-only-branch', branch)
  })

  test('the address form, submitted, comes back from the desk without nodeStatus: read-only with the values', async () => {
    await send('修改收货地址')
    const form = lastCard('.cs-card--form')
    await form.getByText('请完善以下信息，我们将为您修改收货地址').waitFor({ timeout: 15000 })
    // Three fields: a long form, filled in the bottom sheet (form-sheet.test.mjs).
    await form.getByRole('button', { name: '填写' }).click()
    const sheet = page.getByRole('dialog')
    await sheet.locator('input[aria-label="手机号"], [aria-label="手机号"] input').first().fill('18600000006')
    await sheet.locator('input[aria-label="新地址"], [aria-label="新地址"] input').first().fill('北京市海淀区中关村大街 1 号')
    await sheet.getByRole('button', { name: '提交' }).click()
    const summary = page.locator('.cs-card--form', { hasText: '您提交的信息' })
    await summary.waitFor({ timeout: 15000 })
    await summary.getByText('北京市海淀区中关村大街 1 号').waitFor()
    assert.equal(await summary.getByRole('button', { name: '提交' }).count(), 0, 'nothing to submit on a form without nodeStatus')
    assert.equal(await summary.locator('input').count(), 0, 'no input on a read-only form')
    await page.getByText('信息已收到').waitFor({ timeout: 10000 })
    await shot('32-form-without-nodestatus', summary)
    assert.deepEqual(h5.pageErrors, [])
  })
})
