// Bench part 4 — streaming: 200 chunk updates of one AI answer (src 31, MESSAGE_MODIFIED) must re-render no
// other bubble. Measured on the H5 production build in Chromium with React's own instrumentation point: a
// minimal React DevTools hook, installed before React loads, sees every commit, and a component counts as
// rendered when React marked its fiber with PerformedWork in that commit — the test React DevTools uses to
// highlight updates. Nothing in the app is changed or wrapped for the count.
//
//   node tools/bench/streaming.mjs [--check] [--skip-build]
import { cli } from './figures.mjs'
import { ACCOUNT, startH5Session } from './h5-session.mjs'

const CHUNKS = 200
/** Other messages in the chat, so a full window of other bubbles is mounted while the answer streams. */
const OTHERS = 30
export const STREAMING_BUDGETS = { otherRenders: 0 }

/** Runs in the page before its scripts: counts renders per message row (by the row's `item.id`). */
function installRenderCounter() {
  const PERFORMED_WORK = 1
  // Function, class, forwardRef, memo and simple-memo components: the fibers whose render is user code.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15])
  const counts = { commits: 0, row: {}, inside: {} }
  const rowId = (f) => ((f.tag === 14 || f.tag === 15) && f.memoizedProps?.item?.view && typeof f.memoizedProps.item.id === 'string' ? f.memoizedProps.item.id : undefined)
  const bump = (map, id) => (map[id] = (map[id] || 0) + 1)
  // Walks what this commit touched: a subtree whose child pointer did not change was not reconciled at all.
  function visit(fiber, inRow) {
    const prev = fiber.alternate
    const id = rowId(fiber) ?? inRow
    const rendered = COMPONENT_TAGS.has(fiber.tag) && (!prev || (fiber.flags & PERFORMED_WORK) !== 0)
    if (rendered && id !== undefined) bump(rowId(fiber) ? counts.row : counts.inside, id)
    if (prev && fiber.child === prev.child) return
    for (let c = fiber.child; c; c = c.sibling) visit(c, id)
  }
  window.__renderCounts = counts
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counts.commits += 1
      if (counts.on) visit(root.current, undefined)
    }
  }
}

/** In the page: fills the chat, starts one answer, then sends CHUNKS modifications of it, one per task. */
async function streamAnswer({ account, chunks, others }) {
  const desk = window.__csDemoDesk
  const counts = window.__renderCounts
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
  desk.deskSaysMany(account, Array.from({ length: others }, (_, i) => ({ kind: 'text', text: `历史消息 ${i + 1}` })))
  const body = (k) => ({ kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks: Array.from({ length: k }, (_, i) => (i % 20 === 19 ? `第 ${i + 1} 段。\n\n` : `第 ${i + 1} 段，`)), isFinished: k === chunks + 1 ? 1 : 0 }) })
  let msg = desk.deskSays(account, body(1))
  await sleep(1000)
  counts.on = true
  const commitsBefore = counts.commits
  for (let k = 2; k <= chunks + 1; k++) {
    msg = desk.deskModifies(msg, body(k))
    await sleep(5)
  }
  // The markdown re-render is throttled: let the last one land.
  await sleep(1500)
  counts.on = false
  const streamed = { id: msg.id, row: { ...counts.row }, inside: { ...counts.inside }, commits: counts.commits - commitsBefore }
  // Control: a change to one other mounted message must be seen, or a 0 above would prove nothing.
  const other = desk.serverLog(account).at(-2)
  counts.row = {}
  counts.on = true
  desk.deskModifies(other, { kind: 'text', text: `${other.body.text}（已编辑）` })
  await sleep(500)
  counts.on = false
  return { ...streamed, control: { id: other.id, renders: counts.row[other.id] || 0 } }
}

export async function run(ctx) {
  const session = await startH5Session(ctx)
  try {
    const page = await session.openQuietChat(installRenderCounter)
    const r = await page.evaluate(streamAnswer, { account: ACCOUNT, chunks: CHUNKS, others: OTHERS })
    const text = await page.locator('.cs-list').first().innerText()
    if (!text.includes(`第 ${CHUNKS + 1} 段`)) throw new Error('the last chunk was not rendered')
    if (session.errors.length) throw new Error(`page errors: ${session.errors.slice(0, 3).join(' | ')}`)
    if (r.control.renders < 1) throw new Error('the render counter did not see a change to another bubble: it cannot be trusted')
    const others = Object.keys({ ...r.row, ...r.inside }).filter((id) => id !== r.id)
    const otherRenders = others.reduce((n, id) => n + (r.row[id] || 0) + (r.inside[id] || 0), 0)
    const own = r.row[r.id] || 0
    const inside = r.inside[r.id] || 0
    ctx.log(`streaming: ${CHUNKS} chunks, ${r.commits} commits; streaming row rendered ${own}× (components inside it ${inside}×); other rows ${otherRenders}× (${others.length} rows); control: one edit of another message counted ${r.control.renders}×`)
    return {
      figures: [
        { id: 'streaming.other.renders', label: `streaming: renders of other bubbles during ${CHUNKS} chunk updates`, value: otherRenders, unit: 'renders', budget: STREAMING_BUDGETS.otherRenders },
        { id: 'streaming.own.renders', label: `streaming: renders of the streaming bubble (row; components inside it ${inside})`, value: own, unit: 'renders' }
      ],
      details: r
    }
  } finally {
    await session.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(run)
