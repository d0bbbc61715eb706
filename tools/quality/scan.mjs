#!/usr/bin/env node
// WeChat's own code-quality scan (DevTools 代码质量 + 代码静态依赖分析) on a weapp build, offline:
// miniprogram-ci's checkCodeQuality and analyseCode. Ends with `quality: N passed, N failed`.
//
//   node tools/quality/scan.mjs [buildDir=dist] [--record file.json]
//
// No private key is read: CIProject insists on a key, and accepts one as a string; both calls only read
// the build folder. Network is blocked in this process, so a scan that tried to phone home would fail.
import dns from 'node:dns'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MINIPROGRAM_CI_VERSION, ensureMiniprogramCi } from './install.mjs'
import { formatReport, summariseAnalysis, verdict } from './verdict.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const argv = process.argv.slice(2)
const recordAt = argv.indexOf('--record')
const recordFile = recordAt >= 0 ? argv[recordAt + 1] : null
const positional = argv.filter((a, i) => !a.startsWith('--') && (recordAt < 0 || i !== recordAt + 1))
const buildDir = path.resolve(ROOT, positional[0] || 'dist')

function fail(message) {
  console.error(`quality scan: ${message}`)
  console.log('quality: 0 passed, 1 failed')
  process.exit(1)
}

for (const f of ['app.json', 'project.config.json']) {
  if (!existsSync(path.join(buildDir, f))) fail(`${buildDir} has no ${f}: build it first (npx taro build --type weapp)`)
}

let dir
try {
  dir = ensureMiniprogramCi()
} catch (err) {
  fail(err.message)
}

// Any attempt to reach the network throws (and is counted), proving the scan runs offline.
const blocked = []
const refuse = (what) => {
  blocked.push(what)
  throw new Error(`quality scan is offline: blocked ${what}`)
}
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function guarded(...args) {
  const opts = typeof args[0] === 'object' && args[0] ? args[0] : { port: args[0], host: args[1] }
  // Unix sockets and loopback stay allowed (no such use is known; they reach nothing outside).
  if (opts.path || ['127.0.0.1', '::1', 'localhost'].includes(opts.host)) return connect.apply(this, args)
  return refuse(`connect ${opts.host || ''}:${opts.port || ''}`)
}
dns.lookup = (host) => refuse(`dns ${host}`)

// The package logs its file watcher's start-up ("Ready for changes"), which means nothing here.
const log = console.log
console.log = (...a) => {
  if (!/^(Initial scan complete|\[miniprogram-builder\])/.test(String(a[0]))) log(...a)
}

const ci = createRequire(path.join(dir, 'package.json'))('miniprogram-ci')
const config = JSON.parse(readFileSync(path.join(buildDir, 'project.config.json'), 'utf8'))
const project = new ci.Project({
  appid: config.appid || 'touristappid',
  type: 'miniProgram',
  projectPath: buildDir,
  privateKey: 'not-a-key: checkCodeQuality and analyseCode never sign anything'
})

try {
  const quality = await ci.checkCodeQuality(project)
  const summary = summariseAnalysis(await ci.analyseCode(project, { silent: true }))
  console.log = log
  if (recordFile) writeFileSync(recordFile, `${JSON.stringify({ quality, summary }, null, 1)}\n`)
  const result = verdict(quality, summary)
  console.log(`WeChat code quality of ${buildDir} (miniprogram-ci ${MINIPROGRAM_CI_VERSION}, offline; network attempts: ${blocked.length})`)
  if (blocked.length) {
    result.failed += 1
    console.log(`FAIL  network was attempted: ${blocked.join(', ')}`)
  }
  console.log(formatReport(result, summary))
  // miniprogram-ci leaves a file watcher running: exit explicitly.
  process.exit(result.failed ? 1 : 0)
} catch (err) {
  console.log = log
  fail(`miniprogram-ci threw: ${err?.stack || err}`)
}
