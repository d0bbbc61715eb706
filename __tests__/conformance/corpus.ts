// The Desk reference corpus (__tests__/fixtures/desk-reference): payloads as Tencent's own Desk kits read
// and write them, each with its source. Loaded from disk so a new fixture file is picked up without code.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ChatMessage, MessageBody } from '../../src/customer-service/im/types'
import type { QuickOrder } from '../../src/customer-service/launch/types'
import type { DeskFixtureMessage } from '../emulator/server.mjs'

export interface IncomingExpect {
  /** Partial view the codec must produce. */
  view?: Record<string, unknown>
  /** Texts the user sees once the message is in the chat. */
  shows?: string[]
  /** Texts that must never be on screen (raw JSON, a title the kits do not show). */
  notShown?: string[]
  /** No row at all (a signal, a control message, something not the Desk's). */
  hidden?: boolean
  /** The chosen item of an answered card. */
  chosen?: string
  /** A card shown without a way to answer it (no submit button). */
  readOnly?: boolean
  avatar?: string
  /** Item the outgoing fixture taps; rating option id; form values. */
  tap?: string
  rate?: string
  submit?: Record<string, string>
  /** Quotes (quote.json): the quote the text carries as our parser reads it; null: none (malformed). */
  quote?: { id: string; sender: string; abstract: string; type: number } | null
}

export interface IncomingFixture {
  id: string
  src: string
  direction: 'in'
  source: string
  note: string
  /** Set when `expect` holds something the template adds beyond the kits (a system line, a fallback name). */
  extension?: string
  /** As the desk sends it (the IM emulator replays the same shape); `flow` out for our own echoes. */
  message: DeskFixtureMessage & { flow?: 'in' | 'out' }
  expect: IncomingExpect
}

export type Action =
  | { do: 'open'; language?: 'zh' | 'en' }
  | { do: 'send' }
  | { do: 'tap'; item: string }
  | { do: 'rate'; option: string }
  | { do: 'submitForm'; values: Record<string, string> }
  | { do: 'toolbar'; preset: 'humanService' | 'serviceRating' | 'endHumanService' }
  | { do: 'quickOrder'; order: QuickOrder }
  | { do: 'type'; text: string }
  /** Long-press the `given` message → 引用, then type and send `text`. */
  | { do: 'quote'; text: string }

export interface Wire {
  type: 'TIMCustomElem' | 'TIMTextElem'
  data?: Record<string, unknown>
  text?: string
  /** As an object: compared after parsing what was sent. */
  cloudCustomData?: Record<string, unknown>
  onlineUserOnly?: boolean
}

export interface OutgoingFixture {
  id: string
  src: string
  direction: 'out'
  source: string
  note: string
  /** true: what the template must send for the action; false: another kit's variant the desk accepts. */
  ours: boolean
  /** The incoming fixture the action answers. */
  given?: string
  action: Action
  wire: Wire
}

export type Fixture = IncomingFixture | OutgoingFixture

export const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'desk-reference')

export function loadCorpus(): Fixture[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(CORPUS_DIR, f), 'utf8')) as Fixture[])
}

export const corpus = loadCorpus()
export const incoming = corpus.filter((f): f is IncomingFixture => f.direction === 'in')
export const outgoing = corpus.filter((f): f is OutgoingFixture => f.direction === 'out')
export const byId = new Map(corpus.map((f) => [f.id, f]))

export function incomingById(id: string): IncomingFixture {
  const f = byId.get(id)
  if (!f || f.direction !== 'in') throw new Error(`no incoming fixture ${id}`)
  return f
}

/** The fixture's message body as it crosses the transport seam. */
export function bodyOf(f: IncomingFixture): MessageBody {
  const m = f.message
  if (m.type === 'TIMTextElem') return { kind: 'text', text: m.text ?? '' }
  return { kind: 'custom', data: m.dataRaw ?? JSON.stringify(m.data) }
}

/** The fixture as a plain ChatMessage from the desk (or from us, when its flow is out). */
export function chatMessageOf(f: IncomingFixture, id = `ref-${f.id}`): ChatMessage {
  const mine = f.message.flow === 'out'
  const account = '@customer_service_account'
  const m: ChatMessage = {
    id,
    conversationId: `C2C${account}`,
    from: mine ? 'u_test' : account,
    to: mine ? account : 'u_test',
    flow: mine ? 'out' : 'in',
    time: 1_767_225_600,
    sequence: 1,
    status: 'sent',
    isRevoked: false,
    body: bodyOf(f)
  }
  if (f.message.nick) m.nick = f.message.nick
  if (f.message.avatar) m.avatar = f.message.avatar
  if (f.message.cloudCustomData) m.cloudCustomData = f.message.cloudCustomData
  return m
}

/** What a sent message carried, in the fixture's terms. */
export function wireOf(m: ChatMessage, onlineUserOnly?: boolean): Wire {
  const w: Wire =
    m.body.kind === 'custom'
      ? { type: 'TIMCustomElem', data: JSON.parse(m.body.data) as Record<string, unknown> }
      : { type: 'TIMTextElem', text: m.body.kind === 'text' ? m.body.text : `<${m.body.kind}>` }
  if (m.cloudCustomData) w.cloudCustomData = JSON.parse(m.cloudCustomData) as Record<string, unknown>
  if (onlineUserOnly !== undefined) w.onlineUserOnly = onlineUserOnly
  return w
}
