// H5 in Chromium on the REAL @tencentcloud/lite-chat, no Tencent account: the production build opens the chat
// in Desk mode (test SDKAppID + a userSig in the real format), the SDK's WebSocket is routed by Playwright
// to the in-process IM emulator (__tests__/emulator/server.mjs), and a small Desk script answers what the
// client sends. Every other request to a non-local host is answered locally or aborted: nothing leaves
// the machine.
//
// The browser SDK opens its socket inside a Blob Web Worker when `Worker` exists, and Playwright routes
// only the page's own WebSocket; the page therefore runs without `Worker`, which is the SDK's own
// main-thread path (as in browsers without workers). See `hideWorker` below.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { screenshotPath, waitForSettled } from '../../tools/browser.mjs'
import { ROOT, startH5 } from './harness.mjs'
import { createDesk, createImServer, DESK_ACCOUNT, textElem, customElem } from '../emulator/server.mjs'

const require = createRequire(import.meta.url)
const { Api: SigApi } = require('tls-sig-api-v2')

const SDK_APP_ID = 1400000001
const USER = 'e2e_user'
const AGENT = '客服小美'
const AGENT_AVATAR = 'https://avatar.e2e.invalid/xiaomei.png'
// A 2×2 PNG: the agent's avatar, answered locally.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64')
const SDK_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies['@tencentcloud/lite-chat']
const fixture = (src, id) => JSON.parse(readFileSync(path.join(ROOT, '__tests__/fixtures/desk-reference', `src-${String(src).padStart(2, '0')}.json`), 'utf8')).find((f) => f.id === id)
const SEAT = JSON.stringify({ role: 'seat' })
const ROBOT = JSON.stringify({ role: 'robot' })
const TOOLBAR = [
  { title: '人工服务', isPreset: 1, presetId: 'humanService', isEnabled: 1, type: 1 },
  { title: '结束人工', isPreset: 1, presetId: 'endHumanService', isEnabled: 1, type: 1 }
]
/** Bounds every step (the whole file runs in ≈ 4 s). */
const BOUND = { timeout: 60_000 }
const ANSWER = ['退款说明如下：', '\n\n1. 在订单页点「申请退款」；', '\n2. 审核通过后 1-3 个工作日原路退回。', '\n\n如需人工协助，请回复「人工服务」。']

/** Hosts the SDK itself calls (error texts, stats, connectivity probes, sockets). */
const SDK_HOSTS = /(^|\.)(qcloud\.com|my-imcloud\.com|my-cpaas\.com|tencent\.cn|tim\.qq\.com|tencent-cloud\.com|cloud\.tencent\.cn)$/
const isLocal = (url) => /^(https?|wss?):\/\/127\.0\.0\.1(:\d+)?\//.test(url) || /^(data|blob|about):/.test(url)
const deskCmd = (data) => {
  try {
    return JSON.parse(data)
  } catch {
    return undefined
  }
}

/** Runs before any page script: without `Worker` the SDK keeps its socket (and timers) on the main thread. */
function hideWorker() {
  Object.defineProperty(window, 'Worker', { value: undefined, configurable: true, writable: true })
}

describe('H5 on the real Tencent Chat SDK over the IM emulator', () => {
  let h5
  let page
  let server
  /** Everything the page tried to reach outside 127.0.0.1, and what was done with it. */
  const outside = []
  const workers = []
  const sockets = []
  const timers = new Set()
  /** What the Desk script saw from the user, in order. */
  const deskSaw = []
  let handled = 0
  const above = async (upper, lower) => {
    const [a, b] = [await upper.boundingBox(), await lower.boundingBox()]
    assert.ok(a && b && a.y < b.y, `expected ${upper} above ${lower}`)
  }
  const shot = (name) => page.screenshot({ path: screenshotPath(ROOT, `40-real-sdk-${name}`) })
  const later = (ms, fn) => {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.add(t)
  }

  /**
   * The Desk side: reacts to each message the user's client stored on the server.
   * - A reply is stamped one second after the message it answers. Within one second the app orders rows by
   *   sequence, and the SDK's C2C sequence for the user's own messages is HHMMSS0001 + n (≈ 1.4e9 at 14:00),
   *   far above the emulator's server sequences (1000 + n): a same-second reply would show above its question.
   * - Agent messages carry nick AND avatar: when a pushed C2C message lacks either field the SDK gives it the
   *   nick/avatar of the peer's previous message (here 智能客服), so the agent's name would never show.
   */
  function deskScript() {
    const mine = server.log.filter((m) => m.from === USER && m.to === DESK_ACCOUNT)
    for (; handled < mine.length; handled++) {
      const m = mine[handled]
      const at = { time: m.time + 1 }
      const elem = m.elems[0] || {}
      if (elem.MsgType === 'TIMCustomElem') {
        const data = deskCmd(elem.MsgContent.Data)
        deskSaw.push(`src ${data?.src}`)
        if (data?.src === '7') later(50, () => server.push(DESK_ACCOUNT, USER, customElem(JSON.stringify(fixture(29, '29-welcome').message.data)), { ...at, cloudCustomData: ROBOT }))
        if (data?.src === '27') later(50, () => server.push(DESK_ACCOUNT, USER, customElem(JSON.stringify(fixture(19, '19-end').message.data)), at))
      } else if (elem.MsgType === 'TIMTextElem') {
        const text = elem.MsgContent.Text
        deskSaw.push(text)
        if (text === '如何退款？') {
          // src 31: pushed with the first chunk, then one modification per chunk and one to finish.
          const chunks = [ANSWER[0]]
          const body = (finished) => customElem(JSON.stringify({ customerServicePlugin: 0, src: '31', chunks, isFinished: finished ? 1 : 0 }))
          const answer = server.push(DESK_ACCOUNT, USER, body(false), { ...at, cloudCustomData: ROBOT })
          const step = () => {
            if (chunks.length < ANSWER.length) {
              chunks.push(ANSWER[chunks.length])
              server.modify(answer, body(false))
              later(150, step)
            } else server.modify(answer, body(true))
          }
          later(150, step)
        } else if (text === '人工服务') {
          const agent = { ...at, nick: AGENT, avatar: AGENT_AVATAR, cloudCustomData: SEAT }
          later(50, () => {
            server.push(DESK_ACCOUNT, USER, customElem(JSON.stringify(fixture(26, '26-inSeat').message.data)), agent)
            later(100, () => server.push(DESK_ACCOUNT, USER, textElem(`您好，我是${AGENT}，很高兴为您服务。`), agent))
          })
        }
      }
    }
  }

  before(async () => {
    server = createImServer({ sdkAppId: SDK_APP_ID, sdkVersion: SDK_VERSION, quiet: true })
    const userSig = new SigApi(SDK_APP_ID, 'a'.repeat(64)).genUserSig(USER, 86400)
    server.addUser(USER, { userSig })
    createDesk(server)

    h5 = await startH5()
    page = h5.page
    const context = page.context()
    await context.addInitScript(hideWorker)
    page.on('worker', (w) => workers.push(w.url()))
    // Every non-local HTTP(S) request: a harmless local answer or an abort. The SDK asks for its error-text
    // file (answered empty: it keeps its built-in texts); its stat and probe endpoints get an empty JSON.
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        const url = route.request().url()
        const host = new URL(url).host
        const note = (what) => outside.push({ host, what: `${route.request().method()} ${url.split('?')[0]} → ${what}` })
        if (url === AGENT_AVATAR) {
          note('local PNG')
          return route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
        }
        if (/\/tim-error-message\.txt$/.test(new URL(url).pathname)) {
          note('200 empty')
          return route.fulfill({ status: 200, contentType: 'text/plain', body: '' })
        }
        if (SDK_HOSTS.test(host)) {
          note('200 {}')
          return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' })
        }
        note('aborted')
        return route.abort('internetdisconnected')
      }
    )
    // Every WebSocket: the SDK's socket goes to the emulator; anything else is closed at once (never passed through).
    await context.routeWebSocket(
      () => true,
      (ws) => {
        const url = ws.url()
        if (!/\/binfo\?/.test(url)) {
          outside.push({ host: new URL(url).host, what: `WS ${url.split('?')[0]} → closed` })
          ws.close({ code: 1011, reason: 'e2e: no such server' })
          return
        }
        const entry = { url, textFrames: 0, binaryFrames: 0, closed: false }
        sockets.push(entry)
        const conn = server.connect(url, {
          message(data) {
            if (!entry.closed) ws.send(Buffer.from(data))
          },
          close(code, reason) {
            entry.closed = true
            // 1006 cannot be sent in a close frame: a server drop reaches the page as 1011.
            ws.close({ code: code === 1006 ? 1011 : code, reason })
          }
        })
        ws.onMessage((message) => {
          if (typeof message === 'string') entry.textFrames++
          else entry.binaryFrames++
          conn.receive(message)
          deskScript()
        })
        ws.onClose((code, reason) => {
          entry.closed = true
          conn.clientClosed(code, reason)
        })
      }
    )
  }, BOUND)

  after(async () => {
    for (const t of timers) clearTimeout(t)
    timers.clear()
    await h5?.close()
  }, BOUND)

  test('open: the SDK logs in over the emulator, the start message (src 7) reaches the desk, the welcome card shows', BOUND, async () => {
    const query = new URLSearchParams({ SDKAppID: String(SDK_APP_ID), userID: USER, userSig: server.users.get(USER).userSig, toolbarButtonList: JSON.stringify(TOOLBAR) })
    await page.goto(`${h5.url}/#/customer-service/pages/chat/index?${query}`)
    await page.getByText('猜你想问').waitFor({ timeout: 20000 })
    await waitForSettled(page.locator('.cs-screen').first())
    for (const item of ['如何退款？', '订单问题']) await page.getByRole('button', { name: item }).waitFor()
    assert.ok(server.isOnline(USER), 'the user is logged in on an emulator socket')
    assert.ok(server.commands().includes('im_open_status.wslogin'))
    assert.equal(deskSaw[0], 'src 7', 'the start message is the first thing the desk gets')
    const start = server.log.find((m) => m.from === USER && m.elems[0]?.MsgType === 'TIMCustomElem')
    assert.deepEqual(JSON.parse(start.elems[0].MsgContent.Data), fixture(7, '7-start-language').wire.data)
    assert.equal(start.onlineOnly, true, 'the start message is online-only')
    await shot('1-welcome')
  })

  test('tap 如何退款？: the text reaches the desk and the streamed answer (src 31 by modifications) shows complete', BOUND, async () => {
    await page.getByRole('button', { name: '如何退款？' }).click()
    await page.getByText(/如需人工协助/).waitFor({ timeout: 15000 })
    await page.waitForFunction(() => !document.querySelector('.cs-md__cursor'), null, { timeout: 10000 })
    assert.ok(deskSaw.includes('如何退款？'))
    assert.equal(await page.getByText(/退款说明如下/).count(), 1, 'one answer bubble, updated in place')
    await above(page.locator('.cs-row--out', { hasText: '如何退款？' }), page.locator('.cs-row--in', { hasText: '退款说明如下' }))
    await page.getByText(/1-3 个工作日原路退回/).waitFor()
    const streamed = server.log.find((m) => m.from === DESK_ACCOUNT && m.elems[0]?.MsgContent?.Data?.includes('"src":"31"'))
    assert.equal(streamed.version, ANSWER.length, 'the answer was modified once per further chunk and once to finish')
    await shot('2-streamed-answer')
  })

  test('type 人工服务: the agent joins (src 26 inSeat) and their name shows in the header and the rows', BOUND, async () => {
    await page.locator('.cs-composer__input input').fill('人工服务')
    await page.getByRole('button', { name: '发送' }).click()
    await page.locator('.cs-screen__title', { hasText: AGENT }).waitFor({ timeout: 15000 })
    await page.getByText(`您好，我是${AGENT}，很高兴为您服务。`).waitFor({ timeout: 10000 })
    await page.getByText('人工客服已接入').first().waitFor()
    const agentRow = page.locator('.cs-row--in', { hasText: `您好，我是${AGENT}` })
    assert.equal(await agentRow.locator('.cs-row__name').innerText(), AGENT, 'the agent row is signed with the agent name')
    await agentRow.locator(`img[src="${AGENT_AVATAR}"], [style*="xiaomei.png"], [aria-label="${AGENT}"]`).first().waitFor()
    await above(page.locator('.cs-row--out', { hasText: '人工服务' }), page.getByText('人工客服已接入'))
    await above(page.getByText('人工客服已接入'), agentRow)
    assert.ok(deskSaw.includes('人工服务'))
    await shot('3-agent')
  })

  test('toolbar 结束人工: src 27 reaches the desk, it ends the session (src 19) and the notice shows', BOUND, async () => {
    await page.getByRole('button', { name: '结束人工' }).click()
    await page.getByText('会话已结束').first().waitFor({ timeout: 15000 })
    assert.ok(deskSaw.includes('src 27'), `the desk got the end request: ${deskSaw.join(' | ')}`)
    await page.locator('.cs-screen__title', { hasText: AGENT }).waitFor({ state: 'detached', timeout: 5000 })
    await above(page.locator('.cs-row--in', { hasText: `您好，我是${AGENT}` }), page.getByText('会话已结束').last())
    await shot('4-ended')
  })

  test('nothing left the machine, the emulator saw no unknown command, no page errors', BOUND, async () => {
    assert.deepEqual(server.problems, [])
    assert.deepEqual(h5.pageErrors, [])
    assert.deepEqual(workers, [], 'no Web Worker: a worker\'s WebSocket would not be routed')
    assert.ok(sockets.length >= 1 && sockets.every((s) => /^wss:\/\/1400000001w4c\.my-imcloud\.com\/binfo\?/.test(s.url)), JSON.stringify(sockets))
    const unexpected = outside.filter((o) => !SDK_HOSTS.test(o.host) && !AGENT_AVATAR.includes(o.host))
    assert.deepEqual(unexpected, [], 'the page only tried the SDK\'s own hosts and the agent avatar')
    assert.ok(!h5.logs.some((l) => l.includes(server.users.get(USER).userSig)), 'the userSig is never logged')
    console.log(`[real-sdk] sockets: ${sockets.map((s) => `${s.url.split('?')[0]} (${s.binaryFrames} binary, ${s.textFrames} text frames from the page)`).join('; ')}`)
    console.log(`[real-sdk] outside the machine, answered locally: ${outside.map((o) => o.what).join('; ')}`)
    console.log(`[real-sdk] commands: ${server.commands({ all: true }).join(', ')}`)
  })
})
