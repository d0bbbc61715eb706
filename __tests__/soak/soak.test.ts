// The soak (`npm run soak`, see tools/soak.mjs): one long conversation with every fault at once and an incident
// of each kind in turn, checked with the fault matrix's invariants. Not part of `npm test` (outside unit/);
// writes its figures to SOAK_OUT for the runner to print.
import { writeFileSync } from 'fs'
import { setFollowing } from '../../src/customer-service/store/chat-store'
import type { Incident } from '../unit/reliability/harness'
import { ACCOUNT, Run } from '../unit/reliability/harness'
import * as check from '../unit/reliability/invariants'
import { withHistory } from './held'

// `?? ` on the raw string, not `||` on the number: seed 0 is a seed (the runner prints it for the replay line).
const seed = Number(process.env.SOAK_SEED ?? 1)
const messages = Number(process.env.SOAK_MESSAGES ?? 20_000)
const incidents: Incident[] = [
  { kind: 'disconnectMidSend' },
  { kind: 'gap', missed: 30 },
  { kind: 'disconnectMidStream' },
  { kind: 'kick', reason: 'multipleDevice' },
  { kind: 'sigExpired' },
  { kind: 'kick', reason: 'REST_API_Kick' },
  { kind: 'sigExpired', twice: true },
  { kind: 'kick', reason: 'multipleAccount' }
]

// Jest's fake timers fake Date too: wall time is read from the real clock, taken before they are installed (with
// Date.now under fake timers, the "wall time" was the virtual clock, ~1 ms per settle step, far below the real one).
const realNow = Date.now

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

it(`soak: ${messages} messages, seed ${seed}`, async () => {
  const started = realNow()
  const run = new Run({
    name: 'soak',
    seed,
    turns: messages,
    faults: { dropSend: 0.03, dropDelivery: 0.02, duplicate: 0.05, reorder: 0.05, delayMs: 1 },
    incidents,
    every: 250
  })
  // The user stays at the newest messages: the store keeps a window (store/evict.ts).
  setFollowing(run.store, ACCOUNT, true)
  await run.play()
  // Held window, and held window + what a scroll back would bring (see held.ts).
  let all = withHistory(run)
  const violations: Record<string, string[]> = {
    'none silently lost': check.noneSilentlyLost(all),
    'no duplicates (live)': check.noDuplicates(all),
    'ordered (live, held)': check.ordered(run),
    'ordered (live, with history)': check.ordered(all),
    'streams show their newest chunk (live)': check.streamsComplete(run),
    'delivered is kept': check.liveKept(all),
    'store state (live)': check.storeStateMatches(run)
  }
  await run.heal()
  all = withHistory(run)
  Object.assign(violations, {
    'all delivered once after resend': check.allDeliveredOnce(all),
    'no duplicates': check.noDuplicates(all),
    ordered: check.ordered(all),
    'streams show their newest chunk': check.streamsComplete(run),
    'store state': check.storeStateMatches(run)
  })
  const report = {
    seed,
    messages,
    figures: run.figures,
    unrecoveredDroppedPushes: check.missingFromList(all).length,
    unrecoveredCutStreams: check.streamsBehindServer(run).length,
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    heapMaxMB: Math.round(run.heapMax / 1e6),
    wallSeconds: (realNow() - started) / 1000,
    violations
  }
  if (process.env.SOAK_OUT) writeFileSync(process.env.SOAK_OUT, JSON.stringify(report, null, 2))
  await run.stop()
  expect(Object.entries(violations).filter(([, v]) => v.length)).toEqual([])
}, 3_600_000)
