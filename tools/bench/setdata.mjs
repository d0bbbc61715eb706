// Bench part 2 — mini-program update cost: the weapp production build booted in Node (tools/weapp), where
// every setData call the page makes is recorded with its JSON size. What one more incoming text costs when
// the chat already holds N = 10, 100, 1,000 messages, and what one streaming chunk of an AI answer costs.
//
//   node tools/bench/setdata.mjs [--check] [--skip-build]
import { createMiniRuntime } from '../weapp/mini-runtime.mjs'
import { createRenderer } from '../weapp/render.mjs'
import { ensureBuild } from './builds.mjs'
import { cli, mean } from './figures.mjs'

const CHAT_PAGE = 'customer-service/pages/chat/index'
const ACCOUNT = '@customer_service_account'
const SIZES = [10, 100, 1000]
/** Consecutive incoming messages measured at each N. */
const SAMPLES = 5
export const SETDATA_BUDGETS = { bytesPerMessage: 2048, growth: 1.1 }

/** Waits until the page stops calling setData (React commits, throttled renders and desk timers are done). */
async function settle(rt, quietMs = 250) {
  let seen = -1
  while (seen !== rt.records.setData.length) {
    seen = rt.records.setData.length
    await rt.flush(quietMs)
  }
}

/** The setData calls `action` causes, once the page is quiet again. */
async function cost(rt, action) {
  await settle(rt)
  const from = rt.records.setData.length
  action()
  await settle(rt)
  const calls = rt.records.setData.slice(from)
  return { calls: calls.length, bytes: calls.reduce((n, c) => n + c.bytes, 0), keys: calls.reduce((n, c) => n + c.keys, 0) }
}

/**
 * Opens the chat in demo mode with the desk reached through its demo hook. The desk is caught as it is
 * created, before it logs in, so it can start empty (no seeded history: N counts only what the bench adds)
 * and answer without lifelike delays. Both are plain options of the demo desk.
 */
async function openChat(dist, errors) {
  const rt = createMiniRuntime(dist, { onConsole: (level, args) => level === 'error' && errors.push(args.map(String).join(' ')) })
  await rt.launch()
  let desk
  Object.defineProperty(rt.context, '__csDemoDesk', {
    configurable: true,
    get: () => desk,
    set(d) {
      desk = d
      Object.assign(d.options, { pace: 0, historySize: 0 })
    }
  })
  const page = await rt.openPage(CHAT_PAGE, { csq: '%25', demo: '1' })
  await settle(rt)
  if (!desk) throw new Error('the chat page did not create the demo desk')
  return { rt, page, desk }
}

const text = (i) => ({ kind: 'text', text: `您好，您的订单 #${i} 已发货，预计明天送达。` })

export async function run(ctx) {
  const dist = ensureBuild(ctx, 'weapp')
  const errors = []
  const { rt, page, desk } = await openChat(dist, errors)
  const renderer = createRenderer(dist)
  const perN = []
  let serial = 0
  for (const n of SIZES) {
    const held = desk.serverLog(ACCOUNT).length
    if (held > n) throw new Error(`the chat already holds ${held} messages, more than ${n}`)
    desk.deskSaysMany(ACCOUNT, Array.from({ length: n - held }, () => text(++serial)))
    const samples = []
    for (let i = 0; i < SAMPLES; i++) samples.push(await cost(rt, () => desk.deskSays(ACCOUNT, text(++serial))))
    // The last one must be on screen, or the bench measured nothing.
    const shown = renderer.renderPage(CHAT_PAGE, page.data).text
    if (!shown.includes(`#${serial} `)) throw new Error(`message #${serial} not rendered at N=${n}`)
    perN.push({ n, samples })
    ctx.log(`setdata: N=${n}: ${samples.map((s) => `${s.bytes} B/${s.calls} call(s)`).join(', ')}`)
  }

  // One streaming AI answer (src 31): the first chunk arrives as a message, the next ones modify it.
  const chunks = ['您好，退款说明如下：\n\n', '1. 未发货订单：申请后**立即**原路退回；\n', '2. 已发货订单：收到退货后 1–3 个工作日到账；\n', '3. 使用优惠券的订单，按实付金额退款。\n\n']
  const answer = (k) => ({ kind: 'custom', data: JSON.stringify({ customerServicePlugin: 0, src: '31', chunks: chunks.slice(0, k), isFinished: k === chunks.length ? 1 : 0 }) })
  let msg
  await cost(rt, () => (msg = desk.deskSays(ACCOUNT, answer(1))))
  const streamed = []
  for (let k = 2; k <= chunks.length; k++) streamed.push(await cost(rt, () => (msg = desk.deskModifies(msg, answer(k)))))
  await rt.closePage(page)
  // Stops the timers the page left, so the bench process can exit.
  await rt.dispose()
  if (errors.length) throw new Error(`the page logged errors: ${errors.slice(0, 3).join(' | ')}`)

  const stat = (samples, key) => ({ mean: mean(samples.map((s) => s[key])), max: Math.max(...samples.map((s) => s[key])) })
  const figures = []
  for (const { n, samples } of perN) {
    const bytes = stat(samples, 'bytes')
    const calls = stat(samples, 'calls')
    figures.push({ id: `setdata.message.n${n}.bytes`, label: `setData bytes, one incoming text at N=${n} (max of ${SAMPLES})`, value: bytes.max, unit: 'B', budget: SETDATA_BUDGETS.bytesPerMessage, note: `mean ${bytes.mean.toFixed(0)} B` })
    figures.push({ id: `setdata.message.n${n}.calls`, label: `setData calls, one incoming text at N=${n} (max of ${SAMPLES})`, value: calls.max, unit: 'calls', note: `mean ${calls.mean.toFixed(1)}` })
  }
  const first = mean(perN[0].samples.map((s) => s.bytes))
  const lastN = mean(perN[perN.length - 1].samples.map((s) => s.bytes))
  figures.push({ id: 'setdata.message.growth', label: `setData bytes N=${SIZES[SIZES.length - 1]} / N=${SIZES[0]} (means)`, value: Number((lastN / first).toFixed(3)), unit: '×', budget: SETDATA_BUDGETS.growth })
  const chunk = stat(streamed, 'bytes')
  figures.push({ id: 'setdata.stream.chunk.bytes', label: `setData bytes, one streaming chunk (max of ${streamed.length})`, value: chunk.max, unit: 'B', note: `mean ${chunk.mean.toFixed(0)} B; calls max ${stat(streamed, 'calls').max}` })
  return { figures, details: { perN, streamed } }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(run)
