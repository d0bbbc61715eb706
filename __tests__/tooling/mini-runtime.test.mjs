// The weapp Node runtime (tools/weapp/mini-runtime.mjs) stops what a page left running: a bundle that starts a
// repeating timer as it loads (lite-chat's basic.js does) must not keep `npm test` from exiting.
import { test, describe, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createMiniRuntime } from '../../tools/weapp/mini-runtime.mjs'

const RUNTIME = fileURLToPath(new URL('../../tools/weapp/mini-runtime.mjs', import.meta.url))
const dist = mkdtempSync(path.join(os.tmpdir(), 'mini-runtime-'))
after(() => rmSync(dist, { recursive: true, force: true }))

// A minimal dist: the page, like the SDK, starts a 1 s interval when its file is evaluated, and a long
// timeout in onLoad; it counts the ticks in globalThis so the test can see whether anything still runs.
writeFileSync(path.join(dist, 'app.json'), JSON.stringify({ pages: ['pages/index/index'] }))
writeFileSync(path.join(dist, 'app.js'), 'App({})')
mkdirSync(path.join(dist, 'pages/index'), { recursive: true })
writeFileSync(
  path.join(dist, 'pages/index/index.js'),
  `global.ticks = 0
  setInterval(() => { global.ticks++ }, 20)
  const once = setTimeout(() => {}, 10)
  clearTimeout(+once)
  Page({ data: {}, onLoad() { setTimeout(() => { global.late = true }, 60000) } })`
)

describe('mini-runtime dispose()', () => {
  test('clears the interval and timeout a page left, and nothing runs afterwards', async () => {
    const rt = createMiniRuntime(dist)
    await rt.launch()
    await rt.openPage('pages/index/index')
    await rt.flush(70)
    assert.ok(rt.context.ticks >= 1, 'the interval ran while the page was open')
    // The interval and onLoad's timeout; the timeout cleared by its number is not counted.
    assert.equal(rt.pendingTimers(), 2)
    assert.equal(await rt.dispose(), 2)
    assert.equal(rt.pendingTimers(), 0)
    const ticks = rt.context.ticks
    rt.context.setTimeout(() => (rt.context.afterDispose = true), 0)
    await rt.flush(80)
    assert.equal(rt.context.ticks, ticks, 'the interval stopped')
    assert.equal(rt.context.afterDispose, undefined, 'a timer started after dispose() does not run')
  })

  // Runs a Node process that boots the page; resolves with whether it exited by itself within `ms`.
  function exitsWithin(dispose, ms) {
    const script = `import { createMiniRuntime } from ${JSON.stringify(RUNTIME)}
      const rt = createMiniRuntime(${JSON.stringify(dist)})
      await rt.launch()
      await rt.openPage('pages/index/index')
      ${dispose ? 'await rt.dispose()' : ''}`
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' })
      const timer = setTimeout(() => {
        child.kill()
        resolve(false)
      }, ms)
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve(code === 0)
      })
    })
  }

  test('a Node process that disposes its runtime exits; one that does not stays alive', async () => {
    const [disposed, kept] = await Promise.all([exitsWithin(true, 10000), exitsWithin(false, 1500)])
    assert.equal(disposed, true, 'exited after dispose()')
    assert.equal(kept, false, 'without dispose() the page interval keeps Node alive (what hung npm test)')
  })
})
