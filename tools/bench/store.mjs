// Bench part 5 — the zustand store: 10,000 messages ingested as one batch vs 10 batches of 1,000
// (cost must not grow with what the list already holds), and 10,000 duplicate deliveries of messages
// the list already has (each must be dropped, cheaply). Long conversations: the store's heap after 2,000 vs
// 20,000 messages with the user at the newest ones (memory bound), and the soak's wall time at 2,000 vs 20,000.
//
//   node tools/bench/store.mjs [--check] [--no-soak]
import { performance } from 'node:perf_hooks'
import { cli, median } from './figures.mjs'
import { loadTs } from './load-ts.mjs'
import { soak, storeHeap } from './soak-scaling.mjs'

const TOTAL = 10000
const BATCHES = 10
const ROUNDS = 25
export const STORE_BUDGETS = { batchRatio: 1.2, heapRatio: 2, soakRatio: 12 }
const SHORT = 2_000
const LONG = 20_000
const HEAP_PAIRS = 7
const MB = (bytes) => Number((bytes / 1e6).toFixed(2))

function timed(fn) {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

export async function run(ctx) {
  const store = await loadTs(ctx.root, 'src/customer-service/store/chat-store.ts')
  const { ACCOUNT, textMessage } = await loadTs(ctx.root, '__tests__/builders/messages.ts')
  const messages = Array.from({ length: TOTAL }, (_, i) => textMessage(`您好，您的订单 #${i} 已发货，预计明天送达。`))
  const fresh = () => store.createChatStore([ACCOUNT], ACCOUNT)
  const held = (s) => s.getState().conversations[ACCOUNT].messages
  // Deliveries are new objects each time, as the SDK hands them over.
  const copies = (list) => list.map((m) => ({ ...m }))
  const now = messages[messages.length - 1].time

  const one = []
  const ten = []
  let last
  // A warm-up round first (JIT). Each round times both ways back to back and the ratio is the median of the
  // rounds' ratios: load from other work on this shared machine then hits both sides of a ratio alike.
  for (let round = 0; round <= ROUNDS; round++) {
    const batch = copies(messages)
    const parts = Array.from({ length: BATCHES }, (_, i) => copies(messages.slice((i * TOTAL) / BATCHES, ((i + 1) * TOTAL) / BATCHES)))
    const a = fresh()
    const b = fresh()
    const ingestOne = () => timed(() => store.receive(a, batch, now))
    const ingestTen = () => timed(() => parts.forEach((p) => store.receive(b, p, now)))
    // Which goes first alternates: the second of a pair tends to pay for the first one's garbage.
    let tOne
    let tTen
    if (round % 2) [tOne, tTen] = [ingestOne(), ingestTen()]
    else [tTen, tOne] = [ingestTen(), ingestOne()]
    if (held(a).length !== TOTAL || held(b).length !== TOTAL) throw new Error('the store did not keep every message')
    if (round > 0) {
      one.push(tOne)
      ten.push(tTen)
    }
    last = b
  }

  const dupes = copies(messages)
  const tDupes = timed(() => dupes.forEach((m) => store.receive(last, [m], now)))
  const list = held(last)
  const unique = new Set(list.map((m) => m.id)).size
  ctx.log(`store: one batch ${median(one).toFixed(1)} ms, ${BATCHES} batches ${median(ten).toFixed(1)} ms (medians of ${ROUNDS}); ${TOTAL} duplicates ${tDupes.toFixed(1)} ms`)

  const ratio = median(one.map((t, i) => ten[i] / t))
  const builders = await loadTs(ctx.root, '__tests__/builders/messages.ts')
  // A warm-up first: code compiled and caches grown on the first pass would count against whichever runs first.
  // The bounded store retains a few hundred KB, near the noise of a heap reading: medians of 7 interleaved pairs.
  storeHeap(store, builders, LONG, true)
  storeHeap(store, builders, SHORT, true)
  const pairs = Array.from({ length: HEAP_PAIRS }, () => [storeHeap(store, builders, SHORT, true), storeHeap(store, builders, LONG, true)])
  const byBytes = (i) => pairs.map((p) => p[i]).sort((a, b) => a.bytes - b.bytes)[HEAP_PAIRS >> 1]
  const short = byBytes(0)
  const long = byBytes(1)
  const unbounded = storeHeap(store, builders, LONG, false)
  ctx.log(`store heap: ${MB(short.bytes)} MB after ${SHORT} (${short.held} held), ${MB(long.bytes)} MB after ${LONG} (${long.held} held); reading back, nothing dropped: ${MB(unbounded.bytes)} MB`)
  const n = (v) => v.toLocaleString('en-US')
  const memory = [
    { id: 'store.heap.short', label: `store: heap after ${n(SHORT)} messages, user at the newest (${short.held} held; median of ${HEAP_PAIRS})`, value: MB(short.bytes), unit: 'MB' },
    { id: 'store.heap.long', label: `store: heap after ${n(LONG)} messages, user at the newest (${long.held} held; median of ${HEAP_PAIRS})`, value: MB(long.bytes), unit: 'MB' },
    { id: 'store.heap.ratio', label: `store: heap ${n(LONG)} / ${n(SHORT)} messages`, value: Number((long.bytes / short.bytes).toFixed(2)), unit: '×', budget: STORE_BUDGETS.heapRatio },
    { id: 'store.heap.unbounded', label: `store: heap after ${n(LONG)} messages while the user reads back (nothing dropped; the pre-bound behaviour)`, value: MB(unbounded.bytes), unit: 'MB' }
  ]
  if (!process.argv.includes('--no-soak')) {
    const a = soak(ctx.root, SHORT)
    const b = soak(ctx.root, LONG)
    ctx.log(`soak: ${a.wallSeconds.toFixed(1)} s for ${SHORT}, ${b.wallSeconds.toFixed(1)} s for ${LONG}; heap max ${a.heapMaxMB} / ${b.heapMaxMB} MB; held ≤ ${a.figures.maxStoreSize} / ${b.figures.maxStoreSize}`)
    memory.push(
      { id: 'soak.wall.short', label: `soak: wall time, ${n(SHORT)} messages (seed 1)`, value: Number(a.wallSeconds.toFixed(1)), unit: 's', ok: a.ok },
      { id: 'soak.wall.long', label: `soak: wall time, ${n(LONG)} messages (seed 1)`, value: Number(b.wallSeconds.toFixed(1)), unit: 's', ok: b.ok },
      { id: 'soak.wall.ratio', label: `soak: wall time ${n(LONG)} / ${n(SHORT)}`, value: Number((b.wallSeconds / a.wallSeconds).toFixed(1)), unit: '×', budget: STORE_BUDGETS.soakRatio },
      { id: 'soak.heap.short', label: `soak: heap max, ${n(SHORT)} messages`, value: a.heapMaxMB, unit: 'MB' },
      { id: 'soak.heap.long', label: `soak: heap max, ${n(LONG)} messages`, value: b.heapMaxMB, unit: 'MB' },
      { id: 'soak.held.max', label: `soak: messages held at most, ${n(LONG)} messages`, value: b.figures.maxStoreSize, unit: 'messages' }
    )
  }
  return {
    figures: [
      { id: 'store.ingest.one', label: `store: ingest ${TOTAL.toLocaleString('en-US')} messages in one batch (median of ${ROUNDS})`, value: Number(median(one).toFixed(1)), unit: 'ms' },
      { id: 'store.ingest.ten', label: `store: the same in ${BATCHES} batches of ${TOTAL / BATCHES} (median of ${ROUNDS})`, value: Number(median(ten).toFixed(1)), unit: 'ms' },
      { id: 'store.ingest.ratio', label: `store: ${BATCHES} batches / one batch (median of ${ROUNDS} paired rounds)`, value: Number(ratio.toFixed(3)), unit: '×', budget: STORE_BUDGETS.batchRatio },
      { id: 'store.dedupe.time', label: `store: ${TOTAL.toLocaleString('en-US')} duplicate deliveries, one per call`, value: Number(tDupes.toFixed(1)), unit: 'ms' },
      { id: 'store.dedupe.unique', label: 'store: messages held after the duplicates (must stay 10,000 unique)', value: list.length, unit: 'messages', ok: list.length === TOTAL && unique === TOTAL },
      ...memory
    ],
    details: { oneMs: one, tenMs: ten, dedupeMs: tDupes }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(run)
