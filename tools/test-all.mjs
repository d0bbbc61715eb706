#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, jest, tooling tests, weapp production build
// + static validation + Node boot + WeChat's code-quality scan, H5 build + Chromium end-to-end, size check.
// Ends with one line `N passed, N failed` summing every suite; exits non-zero on any failure.
//
//   node tools/test-all.mjs [--only unit|weapp|h5|embed] [--skip-build]
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ART = path.join(ROOT, '.artifacts')
const BIN = path.join(ROOT, 'node_modules', '.bin')
const argv = process.argv.slice(2)
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null
const skipBuild = argv.includes('--skip-build')

mkdirSync(ART, { recursive: true })

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    let out = ''
    const take = (stream, sink) =>
      stream.on('data', (d) => {
        out += d
        sink.write(d)
      })
    take(child.stdout, process.stdout)
    take(child.stderr, process.stderr)
    child.on('close', (code) => resolve({ code: code ?? 1, out }))
    child.on('error', (err) => resolve({ code: 1, out: String(err) }))
  })
}

const single = (res) => (res.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })

/** node:test files with a TAP copy of the results for counting. */
async function nodeTests(name, dir, env = {}) {
  const tap = path.join(ART, `${name}.tap`)
  rmSync(tap, { force: true })
  const files = readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.test.mjs'))
  const res = await run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files.map((f) => path.join(dir, f))
  ], env)
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : ''
  const num = (key) => Number((text.match(new RegExp(`^# ${key} (\\d+)`, 'm')) || [])[1] || 0)
  const passed = num('pass')
  const failed = num('fail') + num('cancelled')
  // A crash before any result is still a failure.
  return { passed, failed: failed || (res.code !== 0 ? 1 : 0) }
}

async function jest() {
  const file = path.join(ART, 'jest.json')
  rmSync(file, { force: true })
  const res = await run(path.join(BIN, 'jest'), ['--ci', '--json', `--outputFile=${file}`])
  if (!existsSync(file)) return { passed: 0, failed: 1 }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites
  return { passed: r.numPassedTests, failed: failed || (res.code !== 0 ? 1 : 0) }
}

const taro = (type, env = {}) => run(path.join(BIN, 'taro'), ['build', '--type', type], { NODE_ENV: 'production', ...env })

const stages = [
  { group: 'unit', name: 'typecheck (tsc --noEmit, strict)', run: async () => single(await run(path.join(BIN, 'tsc'), ['-p', 'tsconfig.json', '--noEmit'])) },
  { group: 'unit', name: 'lint (eslint)', run: async () => single(await run(path.join(BIN, 'eslint'), ['--max-warnings', '0', '--ext', '.ts,.tsx,.js,.mjs', 'src', 'config', 'tools', 'server', '__tests__', 'bench', '.eslintrc.js'])) },
  { group: 'unit', name: 'jest (components, launch, core)', run: jest },
  { group: 'unit', name: 'tooling tests (node:test)', run: () => nodeTests('tooling', '__tests__/tooling') },
  {
    group: 'weapp',
    name: 'weapp production build',
    build: true,
    run: async () => single(await taro('weapp', { MODULE_REPORT: path.join(ART, 'modules-weapp.json') }))
  },
  // DevTools' 代码质量 panel, offline; installs miniprogram-ci (not a dependency) into a cache once.
  {
    group: 'weapp',
    name: 'WeChat code quality (miniprogram-ci)',
    needs: 'weapp production build',
    run: async () => {
      const res = await run(process.execPath, [path.join(ROOT, 'tools', 'quality', 'scan.mjs'), 'dist'])
      const m = res.out.match(/quality: (\d+) passed, (\d+) failed/)
      return m ? { passed: Number(m[1]), failed: Number(m[2]) || (res.code ? 1 : 0) } : single(res)
    }
  },
  { group: 'weapp', name: 'weapp static validation + Node boot', needs: 'weapp production build', run: () => nodeTests('weapp', '__tests__/weapp') },
  {
    group: 'weapp',
    name: 'setData budgets (bench part 2)',
    needs: 'weapp production build',
    run: async () => {
      const res = await run(process.execPath, [path.join(ROOT, 'tools', 'bench', 'setdata.mjs'), '--check', '--skip-build'])
      const m = res.out.match(/bench: (\d+) passed, (\d+) failed/)
      return m ? { passed: Number(m[1]), failed: Number(m[2]) || (res.code ? 1 : 0) } : single(res)
    }
  },
  // #20 The release build (TARO_APP_DEMO=off) in dist-release/: scanned for demo desk modules and texts, booted
  // without credentials (the launch error screen, never a demo); its subpackage size is printed.
  {
    group: 'weapp',
    name: 'weapp release build (TARO_APP_DEMO=off)',
    build: true,
    run: async () => single(await taro('weapp', { TARO_APP_DEMO: 'off', TARO_OUTPUT_ROOT: 'dist-release', MODULE_REPORT: path.join(ART, 'modules-weapp-release.json') }))
  },
  {
    group: 'weapp',
    name: 'release build has no demo desk',
    needs: 'weapp release build (TARO_APP_DEMO=off)',
    run: () => nodeTests('release', '__tests__/release', { RELEASE_DIST: 'dist-release', RELEASE_MODULES: path.join(ART, 'modules-weapp-release.json') })
  },
  // `taro init` fresh TS and JS apps, embed the chat, install, build, validate and boot them (≈ 2 min).
  { group: 'embed', name: 'embed into fresh Taro apps', build: true, run: () => nodeTests('embed', '__tests__/embed') },
  // Every UI language pack in the H5 build, so the Chromium tests can open the chat in Thai (languages.test.mjs);
  // the size budgets measure the weapp build, which keeps the default TARO_APP_LANGUAGES=zh,en.
  { group: 'h5', name: 'H5 production build', build: true, run: async () => single(await taro('h5', { TARO_APP_LANGUAGES: 'all' })) },
  { group: 'h5', name: 'H5 end-to-end in Chromium', needs: 'H5 production build', run: () => nodeTests('e2e', '__tests__/e2e') },
  {
    group: 'weapp',
    name: 'size budgets',
    needs: 'weapp production build',
    run: async () => {
      const res = await run(process.execPath, [path.join(ROOT, 'tools', 'size.mjs'), '--no-build'])
      const m = res.out.match(/size: (\d+) passed, (\d+) failed/)
      return m ? { passed: Number(m[1]), failed: Number(m[2]) } : single(res)
    }
  }
]

const results = []
const failedStages = new Set()
for (const stage of stages) {
  if (only && stage.group !== only) continue
  if (stage.build && skipBuild) continue
  const started = Date.now()
  console.log(`\n━━ ${stage.name} ━━`)
  let r
  if (stage.needs && failedStages.has(stage.needs)) {
    console.log(`skipped: ${stage.needs} failed`)
    r = { passed: 0, failed: 1 }
  } else {
    r = await stage.run()
  }
  if (r.failed) failedStages.add(stage.name)
  results.push({ name: stage.name, ...r, seconds: (Date.now() - started) / 1000 })
}

console.log('\n━━ summary ━━')
for (const r of results) {
  console.log(`${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(40)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)}s`)
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
