// Hostile content in a real browser: XSS payloads through every render path (text, rich text, streaming,
// cards, agent nick/avatar, launch params). Nothing may run, nothing may navigate, the text stays inert.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'

// Every payload tries to call __xss(n). Base forms, then case/encoding variants: 60 in all.
const BASE = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  'javascript:__xss(4)',
  '[click](javascript:__xss(5))',
  '![img](javascript:__xss(6))',
  '<a href="javascript:__xss(7)">x</a>',
  '<iframe src="javascript:__xss(8)"></iframe>',
  '&lt;script&gt;__xss(9)&lt;/script&gt;',
  '\u003cscript\u003e__xss(10)\u003c/script\u003e',
  '<details open ontoggle=__xss(11)>',
  '<body onload=__xss(12)>',
  '<input autofocus onfocus=__xss(13)>',
  '<style>*{background:url("javascript:__xss(14)")}</style>',
  'data:text/html,<script>__xss(15)</script>',
  '[d](data:text/html;base64,PHNjcmlwdD5fX3hzcygxNik8L3NjcmlwdD4=)',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(17)>',
  '<a href="jav&#x09;ascript:__xss(18)">x</a>',
  '<object data="javascript:__xss(19)"></object>',
  '<embed src="javascript:__xss(20)">'
]
const PAYLOADS = [
  ...BASE,
  ...BASE.map((p) => p.toUpperCase().replace(/__XSS/g, '__xss')),
  ...BASE.map((p) => `**bold** ${p} \`code\` <b onmouseover=__xss(99)>x</b>`)
]

describe('H5: hostile content renders inert', () => {
  let h5
  let page
  const dialogs = []

  before(async () => {
    h5 = await startH5()
    page = h5.page
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    // The trap: any payload that runs calls this.
    await page.addInitScript(() => {
      window.__hits = []
      window.__xss = (n) => window.__hits.push(n)
    })
    const hostile = PAYLOADS[1]
    const toolbar = [{ title: `${PAYLOADS[0]}`, isPreset: 0, isEnabled: 1, type: 1, content: PAYLOADS[2] }, { title: 'link', isPreset: 0, isEnabled: 1, type: 2, content: PAYLOADS[3] }]
    const order = { header: PAYLOADS[0], desc: hostile, url: 'https://example.com/o', pic: PAYLOADS[3], customField: [{ name: PAYLOADS[6], value: PAYLOADS[7] }] }
    const q = [
      ['csq', '%'],
      ['nickName', '<img src=x onerror=__xss(30)>'],
      ['avatar', 'javascript:__xss(31)'],
      ['toolbarButtonList', JSON.stringify(toolbar)],
      ['bottomQuickOrder', JSON.stringify(order)]
    ]
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?${q.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`)
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await waitForSettled(page.locator('.cs-screen').first())
  })

  after(async () => {
    await h5?.close()
  })

  test(`${PAYLOADS.length} payloads through text, rich text, streaming, cards, notices and agent identity run nothing`, async () => {
    await page.evaluate((payloads) => {
      const desk = window.__csDemoDesk
      const A = '@customer_service_account'
      const items = (list) => list.map((content) => ({ content, desc: content }))
      desk.deskSaysDesk(A, { src: '26', content: { command: 'updateSeatStatus', content: 'inSeat' } }, { nick: payloads[1], avatar: 'javascript:__xss(40)' })
      payloads.forEach((p, i) => {
        desk.deskSays(A, { kind: 'text', text: p }, { nick: payloads[(i + 1) % payloads.length], avatar: i % 2 ? 'javascript:__xss(41)' : `https://x/${p}` })
        desk.deskSaysDesk(A, { src: '30', content: p })
        desk.deskSaysDesk(A, { src: '31', chunks: [p, p], isFinished: 1 })
        if (i % 6 === 0) {
          desk.deskSaysDesk(A, { src: '15', content: { header: p, items: items([p, 'ok']), tail: p } })
          desk.deskSaysDesk(A, { src: '29', subtype: 'welcome_msg', content: { title: p, items: items([p]) } })
          desk.deskSaysDesk(A, { src: '21', content: { type: 1, header: p, items: items([p]) } })
          desk.deskSaysDesk(A, { src: '22', content: { header: p, desc: p, pic: 'javascript:__xss(42)', url: 'javascript:__xss(43)', customField: [{ name: p, value: p }] } })
          desk.deskSaysDesk(A, { src: '28', content: { name: p, desc: p, guide: p, pic: p, url: p } })
          desk.deskSaysDesk(A, { src: '33', nodeStatus: 0, content: { tip: p, inputVariables: [{ name: p, formType: 1, isRequired: 1, chooseItemList: [p], variableValue: '' }] } })
          desk.deskSaysDesk(A, { src: '9', menuContent: { type: 1, head: p, tail: p, menu: [{ id: '1', content: p }], sessionId: 's', expireTime: 0 } })
          desk.deskSaysDesk(A, { src: '37', content: p })
          desk.deskSaysDesk(A, { src: '32', status: 0, optionType: 1, taskInfo: { taskID: 1, nodeID: p, env: p }, content: { header: p, items: items([p]) } })
        }
      })
    }, PAYLOADS)
    // Let everything render, scroll through the window so every row mounts at least once.
    await page.waitForTimeout(1500)
    const scroller = page.locator('.cs-list__scroll').first()
    for (let i = 0; i < 25; i++) {
      await scroller.evaluate((el) => {
        el.scrollTop = 0
        el.dispatchEvent(new Event('scroll'))
      })
      await page.waitForTimeout(80)
    }
    await page.screenshot({ path: screenshotPath(ROOT, '40-hostile') })
    // Tap every link-like and card option we rendered: none may navigate or run anything.
    const links = page.locator('.cs-text__link, .cs-card [role="button"]')
    const n = Math.min(await links.count(), 30)
    for (let i = 0; i < n; i++) await links.nth(i).click({ timeout: 1000 }).catch(() => undefined)
    await page.waitForTimeout(500)

    assert.deepEqual(await page.evaluate(() => window.__hits), [], 'a payload executed')
    assert.deepEqual(dialogs, [])
    assert.match(page.url(), /customer-service\/pages\/chat\/index/)
    // Nothing the desk or the host sent became an element of its own.
    const live = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__xss')).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') && a.value.includes('__xss'))).length,
      jsUrls: [...document.querySelectorAll('[href],[src]')].filter((el) => /^\s*(javascript|data):/i.test(el.getAttribute('href') || el.getAttribute('src') || '')).map((el) => el.outerHTML.slice(0, 120)),
      frames: document.querySelectorAll('iframe, object, embed').length
    }))
    assert.deepEqual(live, { scripts: 0, handlers: 0, jsUrls: [], frames: 0 })
    // And the text is shown as text: the raw script tag is visible to the user.
    assert.ok((await page.getByText('<script>__xss(1)</script>').count()) > 0, 'hostile text shown inert')
    assert.deepEqual(h5.pageErrors, [])
  })
})
