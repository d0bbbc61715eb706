// Bench helpers for long conversations (used by store.mjs): the store's heap after N messages with the user
// following the newest ones (the memory bound, store/evict.ts), and the soak's wall time at two lengths.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc')

function heapUsed() {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/**
 * Bytes the store retains after `total` live messages delivered 10 at a time, as the page sees them: history
 * loaded, then `following` (at the newest: the window applies) or not (reading back: everything is kept).
 */
export function storeHeap(store, builders, total, following) {
  const { ACCOUNT, textMessage } = builders
  const before = heapUsed()
  const s = store.createChatStore([ACCOUNT], ACCOUNT)
  store.applyHistory(s, ACCOUNT, { messages: [], isCompleted: true }, { older: true })
  store.setFollowing(s, ACCOUNT, following)
  for (let i = 0; i < total; i += 10) {
    const batch = Array.from({ length: 10 }, (_, k) => textMessage(`您好，您的订单 #${i + k} 已发货，预计明天送达。`))
    store.receive(s, batch, batch[9].time * 1000)
  }
  const bytes = heapUsed() - before
  const held = s.getState().conversations[ACCOUNT].messages.length
  return { bytes, held }
}

/** One soak run under jest (as `npm run soak` does), its report read back. */
export function soak(root, messages, seed = 1) {
  const out = path.join(root, '.artifacts', 'bench', `soak-${messages}.json`)
  mkdirSync(path.dirname(out), { recursive: true })
  rmSync(out, { force: true })
  const jest = path.join(root, 'node_modules', '.bin', 'jest')
  const res = spawnSync(jest, ['--ci', '--runInBand', '--silent', '--testMatch', '**/__tests__/soak/*.test.ts', '--', '__tests__/soak'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SOAK_SEED: String(seed), SOAK_MESSAGES: String(messages), SOAK_OUT: out }
  })
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const broken = Object.entries(report.violations).filter(([, v]) => v.length).map(([k]) => k)
  return { ...report, ok: res.status === 0 && !broken.length, broken }
}
