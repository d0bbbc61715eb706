// H5 in Chromium against the demo desk: the whole conversation a user would have.
// Screenshots of every step go to .artifacts/screenshots (git-ignored).
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

// A 2×2 PNG, written as the "photo" the user picks.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')

describe('H5: a conversation with the demo desk', () => {
  let h5
  let page
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, name) })
  const input = () => page.locator('.cs-composer__input input')
  const send = async (text) => {
    await input().fill(text)
    await page.getByRole('button', { name: '发送' }).click()
  }

  before(async () => {
    h5 = await startH5()
    page = h5.page
  })

  after(async () => {
    await h5?.close()
  })

  test('open from the host page: the welcome card shows', async () => {
    await page.goto(`${h5.url}/#/pages/index/index`)
    await page.getByText('咨询客服', { exact: true }).click()
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await waitForSettled(page.locator('.cs-screen').first())
    await shot('20-welcome')
  })

  test('tap a welcome item: the streamed AI answer appears and completes', async () => {
    await page.getByRole('button', { name: '如何退款？' }).click()
    await page.getByText(/如需人工协助/).waitFor({ timeout: 15000 })
    // The cursor shows while streaming and goes away once finished.
    await page.waitForFunction(() => !document.querySelector('.cs-md__cursor'), null, { timeout: 10000 })
    assert.equal(await page.getByText(/退款说明如下/).count(), 1, 'one answer bubble, updated in place')
    await shot('21-streamed-answer')
  })

  test('send an image: it shows in the list and the desk acknowledges it', async () => {
    const dir = path.join(ROOT, '.artifacts')
    mkdirSync(dir, { recursive: true })
    const file = path.join(dir, 'photo.png')
    writeFileSync(file, PNG)
    const imagesBefore = await page.locator('.cs-image').count()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '图片' }).click()
    await (await chooser).setFiles(file)
    await page.getByText('已收到您的图片').waitFor({ timeout: 15000 })
    assert.equal(await page.locator('.cs-image').count(), imagesBefore + 1)
    await shot('22-image')
  })

  test('scroll to the top: history loads and the reading position does not jump', async () => {
    const scroller = page.locator('.cs-list__scroll').first()
    let loadedOlder = false
    for (let i = 0; i < 12 && !loadedOlder; i++) {
      const firstRow = page.locator('.cs-list__scroll [id^="cs-m-"]').first()
      const firstId = await firstRow.getAttribute('id')
      await scroller.evaluate((el) => {
        el.scrollTop = 0
        el.dispatchEvent(new Event('scroll'))
      })
      await page.waitForTimeout(400)
      const anchor = page.locator(`[id="${firstId}"]`)
      // The message that was first is still there and on screen: the view did not jump away from it.
      const box = await anchor.boundingBox()
      assert.ok(box, `message ${firstId} vanished after loading older messages`)
      const viewport = page.viewportSize()
      assert.ok(box.y > -box.height && box.y < viewport.height, `message ${firstId} jumped out of view (y=${box.y})`)
      loadedOlder = (await page.getByText('历史咨询 #1：').count()) > 0
    }
    assert.ok(loadedOlder, 'the oldest history page never loaded')
    await page.getByText('没有更多了').waitFor({ timeout: 5000 })
    assert.ok((await page.locator('.cs-list__scroll [id^="cs-m-"]').count()) <= 60, 'the list mounts a window, not everything')
    await shot('23-history')
  })

  test('人工服务: the agent takes over and their name shows', async () => {
    await page.getByRole('button', { name: /新消息/ }).click({ timeout: 1000 }).catch(() => undefined)
    await send('人工服务')
    await page.locator('.cs-screen__title', { hasText: '客服小美' }).waitFor({ timeout: 15000 })
    await page.getByText(/我是客服小美/).waitFor({ timeout: 10000 })
    await shot('24-agent')
  })

  test('the agent closes: rating card, rate 5 stars once, session ended', async () => {
    await send('谢谢，没有了')
    await page.getByText('请对本次服务进行评价').waitFor({ timeout: 15000 })
    await page.getByRole('button', { name: '非常满意' }).click()
    await page.getByRole('button', { name: '提交' }).click()
    await page.getByText('感谢您的评价，我们会继续努力！').first().waitFor({ timeout: 10000 })
    assert.equal(await page.getByRole('button', { name: '提交' }).count(), 0, 'no second submit')
    await page.getByText('会话已结束').waitFor()
    await shot('25-rated')
    assert.deepEqual(h5.pageErrors, [])
  })
})
