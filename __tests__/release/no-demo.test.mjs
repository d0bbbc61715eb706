// The release build (TARO_APP_DEMO=off, built by npm test into dist-release/): no demo desk module and none of
// its canned texts in the output, and a launch without credentials (or with demo=1) shows the launch error
// screen naming the missing credentials, never a demo conversation.
//   RELEASE_DIST (default dist-release), RELEASE_MODULES (the build's MODULE_REPORT), WEAPP_DIST (the default build).
import { test, describe, before } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMiniRuntime } from '../../tools/weapp/mini-runtime.mjs'
import { createRenderer, tap } from '../../tools/weapp/render.mjs'
import { measureDist } from '../../tools/size-lib.mjs'
import { buildText, demoModules, demoOnlyTexts } from './scan.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const RELEASE = path.resolve(ROOT, process.env.RELEASE_DIST || 'dist-release')
const MODULES = path.resolve(ROOT, process.env.RELEASE_MODULES || '.artifacts/modules-weapp-release.json')
const DEFAULT = path.resolve(ROOT, process.env.WEAPP_DIST || 'dist')
const CHAT_PAGE = 'customer-service/pages/chat/index'

describe('release build: the demo desk is not in the output', () => {
  const texts = demoOnlyTexts(ROOT)
  let output

  before(() => {
    assert.ok(existsSync(path.join(RELEASE, 'app.json')), `no release build in ${RELEASE}: TARO_APP_DEMO=off TARO_OUTPUT_ROOT=dist-release npx taro build --type weapp`)
    output = buildText(RELEASE)
  })

  test('the scan has demo-only texts to look for, and finds them in the default build', { skip: !existsSync(path.join(DEFAULT, 'app.json')) && 'no default build' }, () => {
    assert.ok(texts.length >= 40, `only ${texts.length} demo-only texts`)
    const inDefault = buildText(DEFAULT)
    const found = texts.filter((t) => inDefault.includes(t))
    assert.ok(found.length >= texts.length * 0.9, `the default build carries only ${found.length} of ${texts.length}; missing e.g. ${texts.filter((t) => !found.includes(t)).slice(0, 3).join(' | ')}`)
  })

  test('no canned demo text (zh, en words) in any JS file of the release build', () => {
    const found = texts.filter((t) => output.includes(t))
    assert.deepEqual(found, [])
  })

  test('no demo desk class or module id in the release build', () => {
    assert.doesNotMatch(output, /\bDemoDesk\b|demo-desk|im\/demo\//)
  })

  test('the module report of the release build lists no module of im/demo', () => {
    assert.ok(existsSync(MODULES), `no module report ${MODULES} (build with MODULE_REPORT=…)`)
    const { all, demo } = demoModules(JSON.parse(readFileSync(MODULES, 'utf8')))
    assert.ok(all.some((m) => m.endsWith('session/create.ts')), 'the report lists the chat modules')
    assert.deepEqual(demo, [])
  })

  test('the release subpackage size (printed), smaller than the default build\'s', () => {
    const bytes = (dist) => measureDist(dist).packages['customer-service']?.bytes
    const release = bytes(RELEASE)
    const full = existsSync(path.join(DEFAULT, 'app.json')) ? bytes(DEFAULT) : undefined
    console.log(`release build: customer-service subpackage ${release} B${full ? ` (default build ${full} B, ${full - release} B of demo desk)` : ''}`)
    assert.ok(release > 100000, `subpackage ${release} B`)
    if (full) assert.ok(release < full, `release ${release} B, default ${full} B`)
  })
})

describe('release build: no credentials → the launch error screen', () => {
  let rt
  let renderer
  before(async () => {
    rt = createMiniRuntime(RELEASE)
    renderer = createRenderer(RELEASE)
    await rt.launch()
  })

  /** The chat page's rendered text once the launch has been checked. */
  async function chatText(query) {
    const chat = await rt.openPage(CHAT_PAGE, query)
    await rt.flush(20)
    const text = renderer.renderPage(CHAT_PAGE, chat.data).text
    await rt.closePage(chat)
    return text
  }

  test('the host page says this build has no demo desk, and its 咨询客服 opens the error screen', async () => {
    const host = await rt.openPage('pages/index/index')
    const tree = renderer.renderPage('pages/index/index', host.data)
    assert.match(tree.text, /本版本不含演示客服/)
    assert.doesNotMatch(tree.text, /使用内置演示客服/)
    tap(host, tree.byText('咨询客服')[0])
    await rt.flush(20)
    const url = rt.records.navigateTo.at(-1)
    assert.ok(url?.startsWith(`/${CHAT_PAGE}`), url)
    const query = Object.fromEntries(url.split('?')[1].split('&').filter(Boolean).map((kv) => kv.split('=')))
    const text = await chatText(query)
    assert.match(text, /暂时无法打开客服/)
    assert.match(text, /缺少参数 SDKAppID，且本版本不含演示客服（TARO_APP_DEMO=off）/)
    assert.doesNotMatch(text, /猜你想问|\bDEMO\b/)
  })

  test('demo=1 is ignored with a warning and still gets the error, in the user\'s language', async () => {
    const zh = await chatText({ demo: '1' })
    assert.match(zh, /缺少参数 SDKAppID/)
    assert.match(zh, /demo 已忽略：本版本不含演示客服/)
    const en = await chatText({ demo: '1', language: 'en' })
    assert.match(en, /Customer service is unavailable/)
    assert.match(en, /SDKAppID is missing and this build has no demo desk/)
    assert.match(en, /demo was ignored/)
    assert.doesNotMatch(en, /\bDEMO\b|You may want to ask/)
  })
})
