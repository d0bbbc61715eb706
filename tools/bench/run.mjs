#!/usr/bin/env node
// `npm run bench`: runs every bench module (tools/bench/<part>.mjs, each `export async function run(ctx)`
// returning `{ figures, details }`), writes bench/results.json and bench/RESULTS.md (machine, date, commit,
// one table of figures with their budgets) and prints the same table.
//
//   npm run bench [-- --check] [--only size,setdata,h5,streaming,store,open] [--skip-build]
//   --check       exit 1 when a figure is over its budget (or a module failed)
//   --only        run these modules; results of a partial run are printed, not written to bench/
//   --skip-build  reuse dist/ and dist-h5/ (and the size bench's builds) when present
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { judge, overBudget, ROOT, table } from './figures.mjs'

/** In this order: size first (it builds its own copies), then what shares dist/ and dist-h5/. */
const MODULES = ['size', 'setdata', 'h5', 'streaming', 'store', 'open']

const argv = process.argv.slice(2)
const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined)
const only = value('--only')?.split(',').map((s) => s.trim()).filter(Boolean)
const check = argv.includes('--check')
const ctx = { root: ROOT, skipBuild: argv.includes('--skip-build'), log: (...a) => console.log(...a) }

const unknown = (only || []).filter((m) => !MODULES.includes(m))
if (unknown.length) {
  console.error(`unknown bench module(s): ${unknown.join(', ')} (known: ${MODULES.join(', ')})`)
  process.exit(2)
}

function machine() {
  const cpus = os.cpus()
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
    } catch {
      return 'unknown'
    }
  }
  return {
    cpu: cpus[0]?.model?.trim() || 'unknown',
    cores: cpus.length,
    ramGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: git('status', '--porcelain', '--untracked-files=no') !== ''
  }
}

const figures = []
const details = {}
/** Extra markdown sections a module offers for its details (`export function markdown(details)`). */
const sections = []
const failures = []
for (const name of only ? MODULES.filter((m) => only.includes(m)) : MODULES) {
  const file = path.join(ROOT, 'tools', 'bench', `${name}.mjs`)
  // Modules land independently; a missing one is reported, not fatal.
  if (!existsSync(file)) {
    console.log(`\n━━ ${name}: skipped (tools/bench/${name}.mjs does not exist yet)`)
    continue
  }
  console.log(`\n━━ ${name}`)
  const started = Date.now()
  try {
    const mod = await import(pathToFileURL(file).href)
    const res = await mod.run(ctx)
    figures.push(...res.figures.map((f) => judge({ ...f, module: name })))
    details[name] = res.details
    if (typeof mod.markdown === 'function' && res.details) sections.push(mod.markdown(res.details))
  } catch (err) {
    failures.push(name)
    console.error(`${name} failed: ${err?.stack || err}`)
    figures.push({ id: `${name}.error`, module: name, label: `${name}: the bench failed (${String(err?.message || err).split('\n')[0]})`, value: undefined, ok: false })
  }
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const env = machine()
const md = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (tools/bench/run.mjs). Ratios and counts carry the budgets; absolute times come from',
  'a shared machine and are noisy.',
  '',
  `- machine: ${env.cpu}, ${env.cores} cores, ${env.ramGB} GB RAM, ${env.platform}`,
  `- node ${env.node}`,
  `- date: ${env.date}`,
  `- commit: ${env.commit}${env.dirty ? ' (with uncommitted changes)' : ''}`,
  '',
  table(figures),
  '',
  ...sections
].join('\n')

console.log(`\n${md}`)
if (only) {
  console.log('(partial run: bench/results.json and bench/RESULTS.md left as they were)')
} else {
  const dir = path.join(ROOT, 'bench')
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify({ machine: env, figures, details }, null, 2)}\n`)
  writeFileSync(path.join(dir, 'RESULTS.md'), md)
  console.log('wrote bench/results.json and bench/RESULTS.md')
}

const over = overBudget(figures)
if (over.length) console.log(`over budget or failed: ${over.map((f) => f.id).join(', ')}`)
if (check && (over.length || failures.length)) process.exit(1)
