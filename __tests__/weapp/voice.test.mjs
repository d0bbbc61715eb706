// Voice end to end in the built weapp (WEAPP_DIST, default dist/), booted in Node with a simulated
// RecorderManager, microphone permission and audio player: in demo mode, 人工服务 puts the agent in seat,
// whose demo voice arrives (a WAV written to the user data folder) and plays; the 🎤 toggle appears only
// then; the permission is explained, then asked; holding 按住 说话 for 2 s and releasing sends a voice
// message that the demo desk echoes and acknowledges.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createMiniRuntime } from '../../tools/weapp/mini-runtime.mjs'
import { createRenderer, tap, textOf } from '../../tools/weapp/render.mjs'
import { DIST, CHAT_PAGE, waitForText } from './helpers.mjs'

const later = (fn) => setTimeout(fn, 0)
/** A wx API the promise way Taro calls it: success / fail / complete, answered asynchronously. */
const api = (answer) => (o = {}) =>
  later(() => {
    let res
    try {
      res = answer(o)
    } catch (err) {
      o.fail?.(err)
      o.complete?.(err)
      return
    }
    o.success?.(res)
    o.complete?.(res)
  })

function simulatedWx() {
  const log = { modals: [], toasts: [], authorize: [], recorder: [], audio: [], files: new Map() }
  let recordGranted
  const on = {}
  let startedAt = 0
  const recorder = {
    onStop: (f) => (on.stop = f),
    onError: (f) => (on.error = f),
    onStart: (f) => (on.start = f),
    onPause: (f) => (on.pause = f),
    onInterruptionBegin: (f) => (on.interruption = f),
    start(o) {
      log.recorder.push(['start', o])
      startedAt = Date.now()
    },
    stop() {
      log.recorder.push(['stop'])
      const duration = Date.now() - startedAt
      later(() => on.stop?.({ tempFilePath: `http://tmp/voice-${log.recorder.length}.mp3`, duration, fileSize: Math.round(duration * 6) }))
    }
  }
  const audio = {
    src: '',
    currentTime: 0,
    play: () => log.audio.push(['play', audio.src]),
    stop: () => log.audio.push(['stop']),
    onTimeUpdate: () => {},
    onEnded: () => {},
    onError: () => {},
    destroy: () => {}
  }
  const wx = {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getSetting: api(() => ({ authSetting: recordGranted === undefined ? {} : { 'scope.record': recordGranted } })),
    authorize: api((o) => {
      log.authorize.push(o.scope)
      recordGranted = true
      return { errMsg: 'authorize:ok' }
    }),
    openSetting: api(() => ({ authSetting: { 'scope.record': !!recordGranted } })),
    // As WeChat: a button label over 4 characters fails the call, and no dialog appears.
    showModal: api((o) => {
      if ([o.confirmText, o.cancelText].some((s) => s && Array.from(s).length > 4)) throw { errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters' }
      log.modals.push(o.content)
      return { confirm: true, cancel: false }
    }),
    showToast: api((o) => void log.toasts.push(o.title)),
    getRecorderManager: () => recorder,
    createInnerAudioContext: () => audio,
    getFileSystemManager: () => ({
      writeFileSync: (path, data) => void log.files.set(path, Buffer.from(data)),
      writeFile: api((o) => void log.files.set(o.filePath, Buffer.from(o.data)))
    })
  }
  return { wx, log, fire: (name) => on[name]?.() }
}

/** A touch the way the base library delivers it to the bound handler (tap() has no touches). */
function touch(page, node, type, clientY) {
  let target = node
  while (target && !target.attr?.[`bind${type}`] && !target.attr?.[`catch${type}`]) target = target.parent
  assert.ok(target, `no ${type} handler on or above the node`)
  const info = { id: target.attr.id, dataset: { sid: target.attr['data-sid'] } }
  const point = { identifier: 0, clientX: 180, clientY, pageX: 180, pageY: clientY }
  const handler = target.attr[`catch${type}`] || target.attr[`bind${type}`]
  page[handler].call(page, { type, timeStamp: Date.now(), detail: {}, touches: type === 'touchend' ? [] : [point], changedTouches: [point], target: info, currentTarget: info })
}

/** Whether `node` or something inside it has the class. */
function hasClass(node, cls) {
  if (!node || typeof node !== 'object') return false
  return String(node.attr?.class || '').split(/\s+/).includes(cls) || (node.children || []).some((c) => hasClass(c, cls))
}

/** Objects made inside the app's vm context have its prototypes: compare them as plain data. */
const plain = (v) => JSON.parse(JSON.stringify(v))

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

describe('voice messages in the built weapp (demo mode)', () => {
  let rt
  let renderer
  let chat
  let sim
  const errors = []
  const render = () => renderer.renderPage(CHAT_PAGE, chat.data)
  const byClass = (tree, cls) => tree.all((n) => String(n.attr?.class || '').split(/\s+/).includes(cls))

  before(async () => {
    sim = simulatedWx()
    rt = createMiniRuntime(DIST, { wx: sim.wx, onConsole: (level, args) => level === 'error' && errors.push(args.map(String).join(' ')) })
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

  test('no voice input while the bot answers', () => {
    const tree = render()
    assert.equal(tree.byText('🎤').length, 0)
    assert.equal(tree.byText('按住 说话').length, 0)
  })

  test('人工服务: the agent takes the seat and sends a playable demo voice message', async () => {
    let tree = render()
    tap(chat, tree.byTag('input')[0], 'input', { value: '人工服务' })
    await rt.flush(20)
    tap(chat, render().byText('发送')[0])
    await waitForText(rt, renderer, chat, CHAT_PAGE, '我是客服小美')
    const end = Date.now() + 5000
    let bubble
    while (!(bubble = byClass(render(), 'cs-sound')[0]) && Date.now() < end) await rt.flush(50)
    assert.ok(bubble, 'the agent voice bubble rendered')
    assert.match(textOf(bubble), /2″/)
    // The clip is a real WAV written to the user data folder; tapping the bubble plays that file.
    const wav = sim.log.files.get('wxfile://usr/cs-demo-voice.wav')
    assert.ok(wav, 'demo clip written')
    assert.equal(wav.subarray(0, 4).toString(), 'RIFF')
    assert.equal(wav.subarray(8, 12).toString(), 'WAVE')
    tap(chat, bubble)
    await rt.flush(20)
    assert.deepEqual(sim.log.audio.at(-1), ['play', 'wxfile://usr/cs-demo-voice.wav'])
    tree = render()
    assert.match(textOf(byClass(tree, 'cs-sound')[0]), /0″\/2″/)
    tap(chat, byClass(tree, 'cs-sound')[0])
    await rt.flush(20)
    assert.deepEqual(errors, [])
  })

  test('the 🎤 toggle explains, asks for the microphone, and a 2 s press sends a voice message', async () => {
    const toggle = render().byText('🎤')[0]
    assert.ok(toggle, 'voice toggle shown once the agent is in seat')
    tap(chat, toggle)
    const end = Date.now() + 3000
    while (!sim.log.authorize.length && Date.now() < end) await rt.flush(20)
    assert.equal(sim.log.modals.length, 1, 'the explanation comes first')
    assert.match(sim.log.modals[0], /麦克风/)
    assert.deepEqual(sim.log.authorize, ['scope.record'])
    assert.ok(rt.storage.get('cs-voice-why'), 'the explanation is remembered')
    await rt.flush(20)

    let hold = render().byText('按住 说话')[0]
    assert.ok(hold, 'hold-to-talk button rendered')
    touch(chat, hold, 'touchstart', 600)
    await rt.flush(20)
    assert.deepEqual(plain(sim.log.recorder[0]), ['start', { format: 'mp3', duration: 60000, sampleRate: 16000, numberOfChannels: 1 }])
    assert.match(render().text, /松开发送，上滑取消/)
    await sleep(2000)
    assert.match(render().text, /松开发送，上滑取消/, 'the tip stays while the finger is down')
    touch(chat, hold, 'touchend', 600)
    const tree = await waitForText(rt, renderer, chat, CHAT_PAGE, '收到您的语音')
    const mine = byClass(tree, 'cs-row--out').filter((row) => hasClass(row, 'cs-sound'))
    assert.equal(mine.length, 1, 'one own voice message in the list')
    assert.match(textOf(mine[0]), /2″/)
    assert.doesNotMatch(tree.text, /松开发送，上滑取消/)
    assert.deepEqual(sim.log.toasts, [])
    assert.deepEqual(errors, [])
  })

  test('🎤 closes the emoji panel and the keyboard\'s room; 😊 is hidden while talking', async () => {
    const style = () => String(byClass(render(), 'cs-composer')[0].attr.style || '')
    tap(chat, render().byText('⌨')[0])
    await rt.flush(20)
    const input = render().byTag('input')[0]
    assert.ok(input, 'the text input is back')
    tap(chat, input, 'focus', { value: '', height: 0 })
    tap(chat, input, 'keyboardheightchange', { height: 301, duration: 250 })
    await rt.flush(20)
    assert.match(style(), /padding-bottom:\s*301px/)
    // Straight to 🎤 with the keyboard up: the input leaves without a keyboard-height 0, the room must go too.
    tap(chat, render().byText('🎤')[0])
    await rt.flush(200)
    assert.doesNotMatch(style(), /padding-bottom:\s*301px/)
    assert.equal(render().byText('😊').length, 0, '😊 hidden while talking')
    // From the emoji panel to 🎤: the panel closes.
    tap(chat, render().byText('⌨')[0])
    await rt.flush(20)
    tap(chat, render().byText('😊')[0])
    await rt.flush(20)
    assert.ok(byClass(render(), 'cs-emoji')[0], 'panel open')
    tap(chat, render().byText('🎤')[0])
    await rt.flush(20)
    assert.equal(byClass(render(), 'cs-emoji').length, 0, 'panel closed')
    assert.ok(render().byText('按住 说话')[0], 'hold-to-talk in the input\'s place')
    assert.deepEqual(errors, [])
  })

  test('a call taking the microphone mid-press stops the recording and sends nothing', async () => {
    const mine = () => byClass(render(), 'cs-row--out').filter((row) => hasClass(row, 'cs-sound')).length
    const sentBefore = mine()
    const recorded = sim.log.recorder.length
    const hold = render().byText('按住 说话')[0]
    touch(chat, hold, 'touchstart', 600)
    await rt.flush(20)
    assert.deepEqual(plain(sim.log.recorder[recorded]?.[0]), 'start')
    await sleep(1200)
    sim.fire('interruption')
    await rt.flush(50)
    assert.deepEqual(plain(sim.log.recorder.slice(recorded).map((e) => e[0])), ['start', 'stop'])
    assert.doesNotMatch(render().text, /松开发送，上滑取消/, 'the tip went')
    touch(chat, hold, 'touchend', 600)
    await rt.flush(100)
    assert.equal(mine(), sentBefore, 'nothing sent')
    assert.deepEqual(sim.log.toasts, [])
    assert.deepEqual(errors, [])
  })
})
