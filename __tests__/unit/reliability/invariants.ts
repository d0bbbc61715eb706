// What must hold after a faulty conversation, checked on a Run from harness.ts. Each check returns the list of
// violations (empty when it holds), so the matrix can assert on them and the soak can print them.
import { compareItems } from '../../../src/customer-service/store/messages'
import { Outbox } from '../../../src/customer-service/session/outbox'
import type { Run } from './harness'
import { ACCOUNT, chunksOf } from './harness'

const head = (list: string[], n = 5) => list.slice(0, n)

/** Every message the user sent is on the server, or shown failed with its resend action: none silently lost. */
export function noneSilentlyLost(run: Run): string[] {
  const server = new Map(run.desk.serverLog(ACCOUNT).map((m) => [m.id, m]))
  const shown = new Map(run.messages.map((m) => [m.id, m]))
  const lost: string[] = []
  for (const [id, text] of run.userSent) {
    const item = shown.get(id)
    const delivered = server.get(id)?.status === 'sent' && item?.status === 'sent'
    if (!delivered && item?.status !== 'failed') lost.push(`${id} "${text}" server=${server.get(id)?.status} store=${item?.status}`)
  }
  return head(lost)
}

/** After healing: every user message is on the server once and shown sent once; nothing is left in the outbox. */
export function allDeliveredOnce(run: Run): string[] {
  const problems: string[] = []
  const server = run.desk.serverLog(ACCOUNT)
  const onServer = groupById(server)
  const shown = groupById(run.messages)
  for (const [id, text] of run.userSent) {
    const there = onServer.get(id) || []
    const here = shown.get(id) || []
    if (there.length !== 1 || there[0].status !== 'sent') problems.push(`${id} "${text}" on the server ${there.length}×`)
    if (here.length !== 1 || here[0].status !== 'sent') problems.push(`${id} "${text}" shown ${here.length}× (${here[0]?.status})`)
  }
  // Unique texts (not the repeated keywords) are on the server once: no second copy under another id.
  const texts = server.filter((m) => m.flow === 'out' && m.body.kind === 'text' && /#\d+$/.test(m.body.text)).map((m) => (m.body.kind === 'text' ? m.body.text : ''))
  const twice = texts.filter((t, i) => texts.indexOf(t) !== i)
  if (twice.length) problems.push(`sent twice: ${head(twice).join(', ')}`)
  const left = new Outbox(run.userID, ACCOUNT).list()
  if (left.length) problems.push(`outbox still holds ${left.length}`)
  return head(problems)
}

function groupById<T extends { id: string }>(list: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const m of list) groups.set(m.id, [...(groups.get(m.id) || []), m])
  return groups
}

/**
 * No id twice in the list, and every unique text the user typed (`问题 #N`) shown exactly once: the id check alone
 * cannot fail (mergeMessages keeps lists unique by id), a second copy under another id (a resend or an outbox
 * flush that made a new message) or a lost one can.
 */
export function noDuplicates(run: Run): string[] {
  const items = run.messages
  const seen = new Set<string>()
  const problems = items.filter((m) => seen.has(m.id) || !seen.add(m.id)).map((m) => `${m.id} twice`)
  const shown = new Map<string, number>()
  for (const m of items) if (m.flow === 'out' && m.body.kind === 'text') shown.set(m.body.text, (shown.get(m.body.text) ?? 0) + 1)
  for (const text of new Set(run.typed.filter((t) => /#\d+$/.test(t)))) {
    if (shown.get(text) !== 1) problems.push(`"${text}" shown ${shown.get(text) ?? 0}×`)
  }
  return head(problems)
}

/** The list is in server order: sorted by time then sequence, and sent messages in the server's own order. */
export function ordered(run: Run): string[] {
  const items = run.messages
  const problems: string[] = []
  for (let i = 1; i < items.length; i++) {
    if (compareItems(items[i - 1], items[i]) > 0) problems.push(`${items[i - 1].id} before ${items[i].id}`)
  }
  const server = run.desk.serverLog(ACCOUNT).filter((m) => m.status === 'sent').sort(compareItems)
  const rank = new Map(server.map((m, i) => [m.id, i]))
  const ranks = items.filter((m) => m.status === 'sent' && rank.has(m.id)).map((m) => rank.get(m.id)!)
  for (let i = 1; i < ranks.length; i++) if (ranks[i - 1] > ranks[i]) problems.push(`server order broken at ${i}`)
  return head(problems)
}

/**
 * Every streamed answer shown is the newest version the client was given (live or in a history page): a late,
 * older chunk never replaces a newer or finished text.
 */
export function streamsComplete(run: Run): string[] {
  const problems: string[] = []
  for (const m of run.messages) {
    const given = run.streamsGiven.get(m.id)
    if (m.view.kind !== 'stream' || !given) continue
    if (JSON.stringify(given.body) !== JSON.stringify(m.body)) problems.push(`${m.id} shows ${chunksOf(m)} chunks, was given ${chunksOf(given)}`)
  }
  return head(problems)
}

/**
 * Streamed answers shown short of what the server holds (their last chunks never reached the client). A re-sync
 * completes those cut by a disconnect; one whose last chunk was dropped while connected, further back than the
 * re-synced page, no client can see without a gap signal (the real SDK fills those itself), like missingFromList.
 */
export function streamsBehindServer(run: Run): string[] {
  const server = new Map(run.desk.serverLog(ACCOUNT).map((m) => [m.id, m]))
  const behind: string[] = []
  for (const m of run.messages) {
    if (m.view.kind !== 'stream') continue
    if (!m.view.finished || JSON.stringify(server.get(m.id)?.body) !== JSON.stringify(m.body)) behind.push(`${m.id} stopped at "${m.view.markdown.slice(-20)}"`)
  }
  return behind
}

/** Whatever reached the client live is in the list (the store never drops what it got). */
export function liveKept(run: Run): string[] {
  const shown = new Set(run.messages.map((m) => m.id))
  return head([...run.deliveredLive].filter((id) => !shown.has(id)).map((id) => `${id} delivered but not shown`))
}

/** Desk messages on the server that the list does not hold (after a re-sync this should be none). */
export function missingFromList(run: Run): string[] {
  const shown = new Set(run.messages.map((m) => m.id))
  return run.desk.serverLog(ACCOUNT).filter((m) => m.flow === 'in' && !shown.has(m.id)).map((m) => m.id)
}

/**
 * The store state says what is true: connection, kick reason, readiness, no stale fatal. Store fields only: that
 * ChatScreen shows them (banner, kicked screen) is covered by its component tests, not rendered here.
 */
export function storeStateMatches(run: Run): string[] {
  const s = run.store.getState()
  const want = run.expected
  const problems: string[] = []
  if (s.connection !== want.connection) problems.push(`connection ${s.connection}, expected ${want.connection}`)
  if (s.kicked !== want.kicked) problems.push(`kicked ${s.kicked}, expected ${want.kicked}`)
  // Readiness is the SDK's (a network drop does not end it): sends are possible when connected, never when kicked.
  if (want.connection !== 'disconnected' && s.ready !== (want.connection === 'connected')) problems.push(`ready ${s.ready}`)
  if ((want.connection === 'connected') !== run.desk.connected) problems.push(`desk connected ${run.desk.connected}`)
  if (s.fatal) problems.push(`fatal ${s.fatal.reason}`)
  return problems
}

/** The session phase shown (bot / agent / ended) is the desk's: checked once everything is re-synced. */
export function phaseMatches(run: Run): string[] {
  const phase = run.store.getState().conversations[ACCOUNT].session.phase
  return phase === run.desk.phaseOf(ACCOUNT) ? [] : [`phase ${phase}, desk says ${run.desk.phaseOf(ACCOUNT)}`]
}
