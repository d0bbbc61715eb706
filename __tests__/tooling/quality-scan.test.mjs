// The quality scan's verdict, on results recorded from real miniprogram-ci 2.1.42 runs (no 276 MB install
// here): tools/quality/scan.mjs <build> --record <file> wrote the fixtures.
//   settings-off.json: the build before this change (no compression settings, no lazyCodeLoading)
//   passing.json:      the build with project.config.json's minify settings and lazyCodeLoading on
//   broken-graph.json: a copy of a build with comp.json deleted, a stray.js added and an undeclared component
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatReport, QUALITY_CHECKS, verdict } from '../../tools/quality/verdict.mjs'
import { ensureMiniprogramCi, MINIPROGRAM_CI_VERSION } from '../../tools/quality/install.mjs'

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'quality')
const load = (name) => JSON.parse(readFileSync(path.join(FIX, name), 'utf8'))
const failing = (r) => r.rows.filter((row) => !row.ok).map((row) => row.name)
const lastLine = (text) => text.trim().split('\n').at(-1)

test('the build without the settings fails exactly the 3 compression checks and lazyCodeLoading', () => {
  const { quality, summary } = load('settings-off.json')
  const r = verdict(quality, summary)
  assert.deepEqual(failing(r), ['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN'])
  assert.equal(lastLine(formatReport(r, summary)), 'quality: 9 passed, 4 failed')
})

test('the build with the settings passes all 11 WeChat checks and both analyseCode checks', () => {
  const { quality, summary } = load('passing.json')
  const r = verdict(quality, summary)
  assert.deepEqual(failing(r), [])
  assert.equal(r.rows.length, QUALITY_CHECKS.length + 2)
  const report = formatReport(r, summary)
  assert.equal(lastLine(report), `quality: ${QUALITY_CHECKS.length + 2} passed, 0 failed`)
  // Package sizes as WeChat's scan counts them are printed for both packages.
  assert.match(report, /PACKAGE_SIZE_LIMIT .*\(main [\d,]+ B, customer-service [\d,]+ B\)/)
  assert.match(report, /^analyseCode package sizes: main [\d,]+ B, customer-service [\d,]+ B$/m)
})

test('files outside the dependency graph fail even though WeChat lets CONTAINS_UNUSED_CODES pass', () => {
  // With lazyCodeLoading only what app.json's graph reaches is injected: an unreachable comp.js is a blank page.
  const { quality, summary } = load('broken-graph.json')
  assert.equal(quality.find((q) => q.name === 'CONTAINS_UNUSED_CODES').success, true)
  const r = verdict(quality, summary)
  assert.ok(failing(r).includes('ANALYSE_ALL_IN_GRAPH'))
  assert.ok(failing(r).includes('ANALYSE_DEPS_RESOLVE'))
  const row = r.rows.find((x) => x.name === 'ANALYSE_ALL_IN_GRAPH')
  assert.match(row.figure, /comp\.js/)
  assert.match(row.figure, /stray\.js/)
  assert.match(r.rows.find((x) => x.name === 'ANALYSE_DEPS_RESOLVE').figure, /Couldn't resolve the Component/)
})

test('a check miniprogram-ci stopped reporting fails instead of passing silently', () => {
  const { quality, summary } = load('passing.json')
  const r = verdict(quality.filter((q) => q.name !== 'LAZYCODE_LOADING_OPEN'), summary)
  assert.deepEqual(failing(r), ['LAZYCODE_LOADING_OPEN'])
  assert.match(r.rows.find((x) => x.name === 'LAZYCODE_LOADING_OPEN').figure, /not reported/)
})

test('an empty analysis (wrong folder) is a failure, not a pass', () => {
  const { quality } = load('passing.json')
  const r = verdict(quality, { files: [], modules: 0, depErrors: [] })
  assert.deepEqual(failing(r), ['ANALYSE_ALL_IN_GRAPH'])
})

test('the cached miniprogram-ci is reused; a failed install says what and where', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mpci-cache-'))
  try {
    let calls = 0
    const broken = () => ((calls += 1), { code: 1, out: 'npm error network ENOTFOUND registry' })
    assert.throws(
      () => ensureMiniprogramCi({ dir, install: broken, log: () => {} }),
      (err) => err.message.includes(`miniprogram-ci@${MINIPROGRAM_CI_VERSION}`) && err.message.includes(dir) && /ENOTFOUND/.test(err.message)
    )
    assert.equal(calls, 1)
    // A stale version in the cache is not accepted either.
    const pkg = path.join(dir, 'node_modules', 'miniprogram-ci')
    mkdirSync(pkg, { recursive: true })
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: '1.0.0' }))
    assert.throws(() => ensureMiniprogramCi({ dir, install: () => ({ code: 0, out: '' }), log: () => {} }), /found 1\.0\.0/)
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: MINIPROGRAM_CI_VERSION }))
    assert.equal(ensureMiniprogramCi({ dir, install: broken, log: () => {} }), dir)
    assert.equal(calls, 1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('miniprogram-ci stays out of the template dependencies', () => {
  const pkg = JSON.parse(readFileSync(path.join(FIX, '..', '..', '..', 'package.json'), 'utf8'))
  assert.equal({ ...pkg.dependencies, ...pkg.devDependencies }['miniprogram-ci'], undefined)
})
