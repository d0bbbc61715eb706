#!/usr/bin/env node
// Bench part 1 — package size of the weapp production build:
//   main package, customer-service subpackage of the default build (budget 625,000 B including the IM SDK,
//   issue #20), the top 10 source contributors of each (from source maps), and an estimate of the main-package
//   cost of embedding the chat: the template's main package minus a blank Taro app built with the same config
//   (bench/fixtures/blank-app). The embedding budget (8,000 B) is held where the cost really happens: the embed
//   stage measures a fresh taro init app before and after npm run embed (tools/embed/sizes.mjs).
//
//   node tools/bench/size.mjs [--check] [--from-dist] [--skip-build]
//   --from-dist  measure the existing dist/ (npm test builds it) instead of a source-mapped build;
//                sizes are the same, only the per-module attribution is skipped.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { KB, measureDist } from '../size-lib.mjs'
import { attributeFile } from './attribute.mjs'
import { cli } from './figures.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const WORK = path.join(ROOT, '.artifacts', 'bench')
export const SIZE_BUDGETS = { subpackage: 625000 }
const SUB = 'customer-service'

function build(outDir, { sourceRoot, maps }) {
  rmSync(outDir, { recursive: true, force: true })
  const env = { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: path.relative(ROOT, outDir) }
  if (sourceRoot) env.TARO_SOURCE_ROOT = sourceRoot
  if (maps) env.SOURCE_MAPS = '1'
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: ROOT, env, encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`weapp build of ${sourceRoot || 'src'} failed:\n${(res.stderr || res.stdout).slice(-2000)}`)
  if (maps) detachMaps(outDir)
}

/**
 * A source-mapped build differs from the shipped one only by the maps and one trailing
 * `//# sourceMappingURL=` comment per file: move the maps aside and drop the comments, so the
 * folder measures byte for byte what a normal production build ships.
 */
function detachMaps(dir, mapsDir = `${dir}.maps`, base = dir) {
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name)
    if (statSync(abs).isDirectory()) {
      detachMaps(abs, mapsDir, base)
    } else if (name.endsWith('.map')) {
      const to = path.join(mapsDir, path.relative(base, abs))
      mkdirSync(path.dirname(to), { recursive: true })
      renameSync(abs, to)
    } else if (name.endsWith('.js')) {
      const code = readFileSync(abs, 'utf8')
      writeFileSync(abs, code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''))
    }
  }
}

/** Source module → bytes across every JS file of one package, largest first. */
async function contributors(distDir, files) {
  const total = new Map()
  for (const f of files) {
    if (!f.file.endsWith('.js')) {
      // Templates and styles have no source map: they count as themselves.
      total.set(`(${f.file})`, (total.get(`(${f.file})`) || 0) + f.bytes)
      continue
    }
    const map = path.join(`${distDir}.maps`, `${f.file}.map`)
    if (!existsSync(map)) {
      total.set(`(${f.file})`, (total.get(`(${f.file})`) || 0) + f.bytes)
      continue
    }
    for (const [mod, bytes] of await attributeFile(path.join(distDir, f.file), map)) total.set(mod, (total.get(mod) || 0) + bytes)
  }
  return [...total].sort((a, b) => b[1] - a[1]).map(([module, bytes]) => ({ module, bytes }))
}

function fileDiff(tpl, blank) {
  const before = new Map(blank.files.map((f) => [f.file, f.bytes]))
  const after = new Map(tpl.files.map((f) => [f.file, f.bytes]))
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names]
    .map((file) => ({ file, bytes: (after.get(file) || 0) - (before.get(file) || 0) }))
    .filter((d) => d.bytes !== 0)
    .sort((a, b) => b.bytes - a.bytes)
}

export async function run(ctx = {}) {
  const log = ctx.log || console.log
  const fromDist = Boolean(ctx.fromDist)
  const tplDir = fromDist ? path.join(ROOT, 'dist') : path.join(WORK, 'weapp')
  const blankDir = path.join(WORK, 'blank-weapp')
  if (!fromDist && !(ctx.skipBuild && existsSync(path.join(tplDir, 'app.json')))) {
    log('size: building the template (weapp, production, source maps)…')
    build(tplDir, { maps: true })
  }
  if (!(ctx.skipBuild && existsSync(path.join(blankDir, 'app.json')))) {
    log('size: building the blank app fixture with the same config…')
    build(blankDir, { sourceRoot: 'bench/fixtures/blank-app/src', maps: true })
  }
  const tpl = measureDist(tplDir)
  const blank = measureDist(blankDir)
  const main = tpl.packages.main.bytes
  const sub = tpl.packages[SUB]?.bytes ?? NaN
  const embedding = main - blank.packages.main.bytes
  const details = {
    embeddingByFile: fileDiff(tpl.packages.main, blank.packages.main),
    topMain: fromDist ? tpl.packages.main.files.slice(0, 10) : (await contributors(tplDir, tpl.packages.main.files)).slice(0, 10),
    topSubpackage: fromDist ? tpl.packages[SUB].files.slice(0, 10) : (await contributors(tplDir, tpl.packages[SUB].files)).slice(0, 10)
  }
  const figures = [
    { id: 'size.main', label: 'main package (weapp)', value: main, unit: 'B' },
    { id: 'size.subpackage', label: `subpackage ${SUB} incl. IM SDK`, value: sub, unit: 'B', budget: SIZE_BUDGETS.subpackage },
    { id: 'size.blankMain', label: 'blank Taro app, same config', value: blank.packages.main.bytes, unit: 'B' },
    { id: 'size.embedding', label: 'main-package cost of embedding, estimated (template − blank app)', value: embedding, unit: 'B' }
  ]
  // Before/after: the figures of the commit before the shrinking work, kept in bench/size-before.json.
  const before = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'size-before.json'), 'utf8'))
  for (const f of figures) {
    if (f.budget !== undefined) f.ok = f.value <= f.budget
    if (typeof before[f.id] === 'number') f.note = `before ${before[f.id].toLocaleString('en-US')} B on ${before.commit}`
  }
  return { figures, details }
}

/** The size details for RESULTS.md: the embedding cost by file and the top contributors of each package. */
export function markdown(details) {
  const kb = (b) => `${(b / KB).toFixed(1)} KB`
  const lines = ['## Size details', '', 'Main-package cost of embedding, by file (template minus blank app):', '', '| file | bytes |', '|---|---:|']
  for (const d of details.embeddingByFile) lines.push(`| ${d.file} | ${d.bytes.toLocaleString('en-US')} |`)
  for (const [name, rows] of [['main package', details.topMain], ['customer-service subpackage', details.topSubpackage]]) {
    lines.push('', `Top 10 contributors, ${name} (source modules by source map; templates and styles as files):`, '', '| contributor | size |', '|---|---:|')
    for (const r of rows) lines.push(`| ${r.module || r.file} | ${kb(r.bytes)} |`)
  }
  return `${lines.join('\n')}\n`
}

function printDetails(details) {
  const kb = (b) => `${(b / KB).toFixed(1)} KB`
  console.log('embedding cost by file:')
  for (const d of details.embeddingByFile) console.log(`  ${String(d.bytes).padStart(7)} B  ${d.file}`)
  for (const [name, rows] of [['main package', details.topMain], ['subpackage', details.topSubpackage]]) {
    console.log(`top contributors, ${name}:`)
    for (const r of rows) console.log(`  ${kb(r.bytes).padStart(9)}  ${r.module || r.file}`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fromDist = process.argv.includes('--from-dist')
  // figures.mjs's cli prints the table and the pass/fail line; the details come first.
  await cli(async (ctx) => {
    const res = await run({ ...ctx, fromDist })
    printDetails(res.details)
    return res
  })
}
