// The emoji panel in the built weapp (simulated runtime, wcc templates): the panel takes the keyboard's
// place at the keyboard's height, inserts at the cursor the input reported, and the ⌨ button focuses the
// input with the cursor after the inserted emoji.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createMiniRuntime } from '../../tools/weapp/mini-runtime.mjs'
import { createRenderer, tap } from '../../tools/weapp/render.mjs'
import { CHAT_PAGE, DIST, waitForText } from './helpers.mjs'

describe('emoji panel in the built weapp (demo mode)', () => {
  let rt
  let renderer
  let chat
  const errors = []
  const render = () => renderer.renderPage(CHAT_PAGE, chat.data)
  const byClass = (tree, cls) => tree.all((n) => String(n.attr?.class || '').split(/\s+/).includes(cls))
  const input = () => render().byTag('input')[0]
  const settle = () => rt.flush(20)

  before(async () => {
    rt = createMiniRuntime(DIST, { onConsole: (level, args) => level === 'error' && errors.push(args.map(String).join(' ')) })
    renderer = createRenderer(DIST)
    await rt.launch()
    chat = await rt.openPage(CHAT_PAGE, { csq: '%25', demo: '1' })
    await waitForText(rt, renderer, chat, CHAT_PAGE, '猜你想问')
  })

  after(async () => {
    if (chat) await rt.closePage(chat)
    // Stops whatever timers the page left, so they cannot keep the test process alive.
    await rt?.dispose()
  })

  test('the panel opens in the keyboard\'s place at the keyboard\'s height', async () => {
    tap(chat, input(), 'focus', { value: '', height: 0 })
    tap(chat, input(), 'keyboardheightchange', { height: 301, duration: 250 })
    await settle()
    assert.match(String(byClass(render(), 'cs-composer')[0].attr.style), /padding-bottom:\s*301px/)
    tap(chat, input(), 'input', { value: '你好世界', cursor: 2, keyCode: 0 })
    // The keyboard goes down (blur), then the tap on 😊 arrives: the room below the bar stays 301 px throughout.
    tap(chat, input(), 'blur', { value: '你好世界' })
    tap(chat, input(), 'keyboardheightchange', { height: 0, duration: 250 })
    await rt.flush(5)
    assert.match(String(byClass(render(), 'cs-composer')[0].attr.style), /padding-bottom:\s*301px/, 'no drop before the panel comes')
    tap(chat, render().byText('😊')[0])
    await settle()
    const tree = render()
    const panel = byClass(tree, 'cs-emoji')[0]
    assert.ok(panel, 'panel rendered')
    assert.match(String(panel.attr.style), /height:\s*301px/)
    assert.match(String(byClass(tree, 'cs-composer')[0].attr.style), /padding-bottom:\s*0/)
    assert.ok(tree.byText('⌨').length, 'the toggle shows the keyboard')
    await rt.flush(200)
    assert.ok(byClass(render(), 'cs-emoji')[0], 'still open after the delayed keyboard drop')
  })

  test('emoji go in at the cursor the input reported, and ⌫ removes one whole', async () => {
    const keys = () => byClass(render(), 'cs-emoji__key')
    tap(chat, keys().find((n) => n.children.join('') === '😀'))
    await settle()
    tap(chat, keys().find((n) => n.children.join('') === '🎉'))
    await settle()
    assert.equal(input().attr.value, '你好😀🎉世界')
    tap(chat, byClass(render(), 'cs-emoji__erase')[0])
    await settle()
    assert.equal(input().attr.value, '你好😀世界')
    tap(chat, keys().find((n) => n.children.join('') === '🎉'))
    await settle()
    assert.equal(input().attr.value, '你好😀🎉世界')
  })

  test('⌨ focuses the input with the cursor after the inserted emoji, at the keyboard height', async () => {
    tap(chat, render().byText('⌨')[0])
    await settle()
    const attr = input().attr
    assert.equal(attr.focus, true)
    assert.equal(attr.cursor, '你好😀🎉'.length)
    assert.equal(byClass(render(), 'cs-emoji').length, 0)
    assert.match(String(byClass(render(), 'cs-composer')[0].attr.style), /padding-bottom:\s*301px/)
  })

  test('sends with the panel open; the recent row comes back on a new page', async () => {
    tap(chat, render().byText('😊')[0])
    await settle()
    tap(chat, render().byText('发送')[0])
    await waitForText(rt, renderer, chat, CHAT_PAGE, '你好😀🎉世界')
    assert.equal(input().attr.value, '')
    await rt.closePage(chat)
    chat = await rt.openPage(CHAT_PAGE, { csq: '%25', demo: '1' })
    await waitForText(rt, renderer, chat, CHAT_PAGE, '猜你想问')
    tap(chat, render().byText('😊')[0])
    await settle()
    const tree = render()
    const recent = tree.byText('最近使用')[0].parent
    const row = recent.children.filter((c) => typeof c === 'object' && String(c.attr?.class).includes('cs-emoji__key'))
    // Arrays made in the app's vm context: compare as plain data.
    assert.deepEqual(JSON.parse(JSON.stringify(row.map((n) => n.children.join('')))), ['🎉', '😀'])
    assert.deepEqual(errors, [])
  })
})
