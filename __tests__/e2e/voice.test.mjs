// H5 in Chromium: voice playback (voice input is weapp only and stays hidden here). After 人工服务 the demo
// agent's voice message (a WAV the demo writes at run time) arrives; tapping it plays with elapsed / total and a
// bar; tapping again stops it. Screenshots: 52-voice-*.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

describe('H5: voice messages', () => {
  let h5
  let page
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, `52-voice-${name}`) })
  const bubble = () => page.getByRole('button', { name: '语音 2″' })

  before(async () => {
    h5 = await startH5()
    page = h5.page
    await page.setViewportSize({ width: 375, height: 667 })
  })

  after(async () => {
    await h5?.close()
  })

  test('the agent’s voice plays with progress; no voice input on H5', async () => {
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?userID=e2e_voice`)
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await page.locator('.cs-composer__input input').fill('人工服务')
    await page.getByRole('button', { name: '发送' }).click()
    await bubble().waitFor({ timeout: 15000 })
    assert.equal(await page.getByRole('button', { name: '语音', exact: true }).count(), 0, 'no voice toggle on H5')
    assert.equal(await page.getByText('按住 说话').count(), 0)

    await bubble().click()
    // The 1.6 s clip plays: the bubble counts and its bar fills, then it resets by itself.
    await page.waitForFunction(() => parseFloat(document.querySelector('.cs-sound__fill')?.style.width || '0') >= 45, null, { timeout: 5000 })
    assert.match(await bubble().innerText(), /■\s*[0-2]″\/2″/)
    await shot('playing-375')
    await page.waitForFunction(() => !document.querySelector('.cs-sound--playing'), null, { timeout: 8000 })
    assert.match(await bubble().innerText(), /▶\s*2″/)

    await page.setViewportSize({ width: 1280, height: 800 })
    await bubble().click()
    await page.waitForFunction(() => parseFloat(document.querySelector('.cs-sound__fill')?.style.width || '0') >= 45, null, { timeout: 5000 })
    await shot('playing-1280')
    // Tapping a playing voice stops it at once.
    await bubble().click()
    await page.locator('.cs-sound--playing').waitFor({ state: 'detached', timeout: 2000 })
    assert.deepEqual(h5.pageErrors, [])
  })
})
