// H5 in Chromium: the chat opened with language=th, then language=en — the UI and the demo desk's replies are
// in that language. Needs an H5 build with the Thai pack (tools/test-all.mjs builds H5 with TARO_APP_LANGUAGES=all).
// Screenshots at 375 px and wide in .artifacts/screenshots (60-lang-*).
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: the chat in Thai and in English', () => {
  let h5
  let page
  const shot = async (name) => {
    const size = page.viewportSize()
    await waitForSettled(page.locator('.cs-screen').first())
    await page.screenshot({ path: screenshotPath(ROOT, `${name}-375`) })
    await page.setViewportSize({ width: 1024, height: 800 })
    await page.screenshot({ path: screenshotPath(ROOT, `${name}-wide`) })
    await page.setViewportSize(size)
  }
  const open = (language, user) => page.goto(`${h5.url}/#/customer-service/pages/chat/index?userID=${user}&language=${language}&t=${Date.now()}`)

  before(async () => {
    h5 = await startH5()
    page = h5.page
  })

  after(async () => {
    await h5?.close()
  })

  test('language=th: Thai composer and welcome; tapping a Thai item gets a Thai reply from the demo desk', async () => {
    await open('th', 'e2e_lang_th')
    await page.getByText('คำถามที่คุณอาจสนใจ').waitFor({ timeout: 20000 })
    assert.equal(await page.getByRole('button', { name: 'ส่ง', exact: true }).count(), 1)
    await page.getByRole('button', { name: 'ปัญหาคำสั่งซื้อ' }).click()
    await page.getByText('โปรดเลือกประเภทปัญหาคำสั่งซื้อ').waitFor({ timeout: 15000 })
    await page.getByRole('button', { name: 'ยื่นขอคืนเงิน' }).last().click()
    await page.getByText('โปรดเลือกเหตุผลที่ขอคืนเงิน').waitFor({ timeout: 15000 })
    await page.getByRole('button', { name: 'สินค้าเสียหาย' }).click()
    await page.getByText(/เราบันทึกคำขอคืนเงินของคุณแล้ว/).waitFor({ timeout: 15000 })
    assert.equal(await page.getByText('猜你想问').count(), 0, 'no Chinese welcome')
    await shot('60-lang-th')
  })

  test('language=en: English composer, welcome and a streamed English answer', async () => {
    await open('en', 'e2e_lang_en')
    await page.getByText('You may want to ask').waitFor({ timeout: 20000 })
    assert.equal(await page.getByRole('button', { name: 'Send', exact: true }).count(), 1)
    await page.getByRole('button', { name: 'How do I get a refund?' }).click()
    await page.getByText(/here is how refunds work/).waitFor({ timeout: 15000 })
    await page.waitForFunction(() => !document.querySelector('.cs-md__cursor'), null, { timeout: 10000 })
    await shot('60-lang-en')
  })

  test('no page errors', () => {
    assert.deepEqual(h5.pageErrors, [])
  })
})
