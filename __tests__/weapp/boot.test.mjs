// Boots the built weapp in Node: app start, host page render, tap 咨询客服, open the chat page.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createMiniRuntime, splitUrl } from '../../tools/weapp/mini-runtime.mjs'
import { createRenderer, tap } from '../../tools/weapp/render.mjs'
import { DIST, CHAT_PAGE, copyOfDist, openUrl, waitForText } from './helpers.mjs'

// Every runtime is disposed when the file is done: a timer a page left running would keep the test process alive.
const runtimes = []
const runtime = (...args) => {
  const rt = createMiniRuntime(...args)
  runtimes.push(rt)
  return rt
}
after(() => Promise.all(runtimes.map((rt) => rt.dispose())))

describe('weapp boots in a simulated mini-program runtime', () => {
  let rt
  let renderer
  const errors = []

  before(async () => {
    rt = runtime(DIST, { onConsole: (level, args) => level === 'error' && errors.push(args.map(String).join(' ')) })
    renderer = createRenderer(DIST)
    await rt.launch()
  })

  test('the host page renders its 咨询客服 button through the wcc templates', async () => {
    const page = await rt.openPage('pages/index/index')
    const tree = renderer.renderPage('pages/index/index', page.data)
    const [button] = tree.byText('咨询客服')
    assert.ok(button, `咨询客服 not rendered; page text: ${tree.text}`)
    assert.equal(button.tag, 'wx-button')
  })

  test('the host page renders the 微信客服 contact button with the 微上客 session-from', async () => {
    const page = await rt.openPage('pages/index/index')
    const tree = renderer.renderPage('pages/index/index', page.data)
    const button = tree.byText('微信客服')[0]
    assert.ok(button, `微信客服 not rendered; page text: ${tree.text}`)
    assert.equal(button.tag, 'wx-button')
    assert.equal(button.attr.openType, 'contact')
    const profile = JSON.parse(button.attr.sessionFrom)
    assert.equal(profile.customerName, '演示用户')
    assert.deepEqual(JSON.parse(decodeURIComponent(profile.customData)), [{ label_cn: '来源', label_en: 'source', value: 'Taro 客服模板' }])
    assert.equal(button.attr.showMessageCard, true)
  })

  test('tapping 咨询客服 navigates to the chat page declared in the customer-service subpackage', async () => {
    const host = await rt.openPage('pages/index/index')
    const tree = renderer.renderPage('pages/index/index', host.data)
    const fired = tap(host, tree.byText('咨询客服')[0])
    assert.ok(fired >= 1)
    await rt.flush(20)
    const url = rt.records.navigateTo.at(-1)
    assert.ok(url, 'navigateTo was not called')
    assert.ok(url.startsWith(`/${CHAT_PAGE}?`), url)
    const app = rt.appJson
    const target = splitUrl(url).page
    const sub = app.subPackages.find((s) => s.pages.some((p) => `${s.root}/${p}` === target))
    assert.ok(sub, `navigateTo target ${url} is not a subpackage page of app.json`)
    assert.ok(app.preloadRule['pages/index/index'].packages.includes(sub.root))
  })

  test('the chat page opens with the query in demo mode: the demo desk welcome renders', async () => {
    const { route, page: chat } = await openUrl(rt, rt.records.navigateTo.at(-1))
    const tree = await waitForText(rt, renderer, chat, route, '猜你想问')
    assert.ok(tree.byText('发送').length, 'composer rendered')
    await rt.closePage(chat)
    assert.deepEqual(errors, [])
  })

  test('sending a text through the rendered composer gets the bot answer rendered', async () => {
    const chat = await rt.openPage(CHAT_PAGE, { csq: '%25', demo: '1' })
    let tree = await waitForText(rt, renderer, chat, CHAT_PAGE, '猜你想问')
    tap(chat, tree.byTag('input')[0], 'input', { value: '订单问题' })
    await rt.flush(20)
    tree = renderer.renderPage(CHAT_PAGE, chat.data)
    tap(chat, tree.byText('发送')[0])
    tree = await waitForText(rt, renderer, chat, CHAT_PAGE, '请选择订单问题类型')
    assert.ok(tree.byText('订单问题').length >= 1, 'the sent text is in the list')
    await rt.closePage(chat)
    assert.deepEqual(errors, [])
  })
})

describe('weapp chat page with malformed launch parameters', () => {
  test('renders the error screen naming the bad field instead of a blank page', async () => {
    const rt = runtime(DIST)
    const renderer = createRenderer(DIST)
    await rt.launch()
    // As WeChat delivers it: values not decoded.
    const chat = await rt.openPage(CHAT_PAGE, { SDKAppID: 'abc', userID: 'u1', userSig: 'SIG' })
    await rt.flush(20)
    const text = renderer.renderPage(CHAT_PAGE, chat.data).text
    assert.match(text, /暂时无法打开客服/)
    assert.match(text, /SDKAppID 必须是数字/)
    const logged = JSON.stringify(rt.records.console.map((c) => c.args.map(String)))
    assert.ok(!logged.includes('"SIG"'), 'userSig must not be logged')
  })
})

describe('the boot check fails when the app crashes', () => {
  test('an exception during app start is reported', async () => {
    const copy = copyOfDist()
    try {
      const appJs = path.join(copy.dir, 'app.js')
      // Same failure mode as React 19 in the weapp: the reconciler throws while app.js loads.
      writeFileSync(appJs, `throw new TypeError("Cannot read properties of undefined (reading 'ReactCurrentBatchConfig')");\n${readFileSync(appJs, 'utf8')}`)
      const rt = runtime(copy.dir)
      await assert.rejects(() => rt.launch(), /ReactCurrentBatchConfig/)
    } finally {
      copy.cleanup()
    }
  })

  test('a page whose module never calls Page() is reported', async () => {
    const copy = copyOfDist()
    try {
      writeFileSync(path.join(copy.dir, `${CHAT_PAGE}.js`), '"use strict";')
      const rt = runtime(copy.dir)
      await rt.launch()
      await assert.rejects(() => rt.openPage(CHAT_PAGE), /did not call Page\(\)/)
    } finally {
      copy.cleanup()
    }
  })
})
