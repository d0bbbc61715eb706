#!/usr/bin/env node
// npm run soak [-- --seed N --messages N]: a long conversation through the real session and store with
// random (seeded) faults. Runs __tests__/soak/soak.test.ts under jest (the TypeScript sources need its
// transform), prints the figures and the invariants, exits non-zero if one broke.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const flag = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback)
const seed = flag('--seed', Date.now() % 1_000_000)
const messages = flag('--messages', 20_000)
if (!Number.isInteger(seed) || !Number.isInteger(messages) || messages < 1) {
  console.error('usage: npm run soak -- [--seed N] [--messages N]')
  process.exit(2)
}

const out = path.join(ROOT, '.artifacts', 'soak.json')
mkdirSync(path.dirname(out), { recursive: true })
rmSync(out, { force: true })
console.log(`soak: seed ${seed}, ${messages} messages (replay with: npm run soak -- --seed ${seed} --messages ${messages})`)
const jest = path.join(ROOT, 'node_modules', '.bin', 'jest')
const res = spawnSync(jest, ['--ci', '--runInBand', '--testMatch', '**/__tests__/soak/*.test.ts', '--', '__tests__/soak'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, SOAK_SEED: String(seed), SOAK_MESSAGES: String(messages), SOAK_OUT: out }
})
if (!existsSync(out)) {
  console.error('soak: no figures written (the run crashed)')
  process.exit(1)
}
const r = JSON.parse(readFileSync(out, 'utf8'))
const f = r.figures
const rows = [
  ['seed', r.seed],
  ['messages sent (incl. while offline/kicked)', f.sent],
  ['delivered', f.delivered],
  ['failed, then resent', f.failedThenResent],
  ['duplicate deliveries suppressed', f.duplicatesSuppressed],
  ['reordered deliveries seen (order: invariant)', f.reordersSeen],
  ['stale stream chunks (older after newer)', f.staleChunks],
  ['deliveries dropped / delayed by the desk', `${f.deliveriesDropped} / ${f.deliveriesDelayed}`],
  ['AI answers cut by a disconnect', f.streamsCut],
  ['re-syncs', f.resyncs],
  ['reconnects (network, kick, sig)', f.reconnects],
  ['max store size (messages)', f.maxStoreSize],
  ['dropped pushes not recoverable by re-sync', r.unrecoveredDroppedPushes],
  ['answers short by a dropped last chunk (ditto)', r.unrecoveredCutStreams],
  ['heap used at end / max (MB)', `${r.heapUsedMB} / ${r.heapMaxMB}`],
  ['wall time (s)', r.wallSeconds.toFixed(1)]
]
console.log('\n── soak figures ──')
for (const [k, v] of rows) console.log(`${k.padEnd(45)} ${v}`)
console.log('\n── invariants ──')
let broken = 0
for (const [name, violations] of Object.entries(r.violations)) {
  if (violations.length) broken += 1
  console.log(`${violations.length ? 'FAIL' : 'ok  '} ${name}${violations.length ? `: ${violations.join('; ')}` : ''}`)
}
process.exit(broken || res.status ? 1 : 0)
