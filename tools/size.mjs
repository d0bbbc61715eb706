#!/usr/bin/env node
// npm run size [-- --no-build] [-- --json]
// Builds the weapp for production (unless --no-build finds an existing build and module report),
// prints bytes per package and the files carrying them, and exits non-zero over budget.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { checkBudgets, formatTable, measureDist } from './size-lib.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const reportFile = path.join(root, '.artifacts', 'modules-weapp.json')
const args = new Set(process.argv.slice(2))

if (!args.has('--no-build') || !existsSync(reportFile) || !existsSync(path.join(dist, 'app.json'))) {
  console.log('building weapp (production) with a module report…')
  const res = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', MODULE_REPORT: reportFile }
  })
  if (res.status !== 0) {
    console.error('weapp build failed')
    process.exit(1)
  }
}

const measure = measureDist(dist)
const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : null
const checks = checkBudgets(measure, report)
console.log(formatTable(measure))
for (const c of checks) console.log(`${c.warning ? 'WARN' : c.ok ? 'ok  ' : 'FAIL'} ${c.name} — ${c.detail}`)
const counted = checks.filter((c) => !c.warning)
const failed = counted.filter((c) => !c.ok).length
console.log(`size: ${counted.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
