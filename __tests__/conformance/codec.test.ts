// The codec against Tencent's own kits: every reference payload decodes to what the kits show, and every
// builder sends what the kits send for the same action (same src, fields and values).
import {
  decodeMessage,
  answerMenu, answerWorkflow, endHumanSession, productCard, requestRating, startSession, submitForm, submitRating, transferToHuman
} from '../../src/customer-service/protocol'
import type { DeskView, OutgoingDesk } from '../../src/customer-service/protocol'
import { quoteFrom, withQuote } from '../../src/customer-service/protocol/quote'
import { translator } from '../../src/customer-service/i18n/strings'
import { chatMessageOf, corpus, incoming, incomingById, outgoing } from './corpus'
import type { OutgoingFixture, Wire } from './corpus'

/** View kinds the list never draws as a row (MessageList's HIDDEN). */
const ROWLESS = new Set(['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden'])

/** Every src Tencent's kits read or write (VUE/WX constant.ts, uni-app 1.4–1.5.7, Android Desk kit registrations). */
const KIT_SRCS = ['7', '9', '10', '12', '13', '15', '18', '19', '20', '21', '22', '23', '24', '26', '27', '28', '29', '30', '31', '32', '33', '35', '37', '39', '40']

describe('the reference corpus', () => {
  it('covers every src the kits use, both directions, each fixture with a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40)
    for (const src of KIT_SRCS) expect(corpus.filter((f) => f.src === src).length).toBeGreaterThan(0)
    expect(incoming.length).toBeGreaterThan(0)
    expect(outgoing.length).toBeGreaterThan(0)
    for (const f of corpus) {
      // package@version or owner/repo@commit, then a file.
      expect(f.source).toMatch(/(@\d+\.\d+\.\d+|@[0-9a-f]{7}|docs )/)
      expect(f.note.trim()).not.toBe('')
    }
    expect(new Set(corpus.map((f) => f.id)).size).toBe(corpus.length)
    for (const f of outgoing) if (f.given) expect(() => incomingById(f.given!)).not.toThrow()
  })
})

describe.each(incoming.map((f) => [f.id, f] as const))('incoming %s', (_id, f) => {
  it(`decodes as the kits read it (${f.note})`, () => {
    const view = decodeMessage(chatMessageOf(f))
    if (f.expect.view) expect(view).toMatchObject(f.expect.view)
    expect(ROWLESS.has(view.kind)).toBe(!!f.expect.hidden)
    // Raw JSON never reaches a field the screen shows.
    for (const raw of f.expect.notShown ?? []) expect(JSON.stringify(shownStrings(view))).not.toContain(JSON.stringify(raw).slice(1, -1))
  })
})

/** The strings of a view the UI renders (everything but echoes kept for the wire). */
function shownStrings(view: DeskView): unknown {
  if (view.kind !== 'form') return view
  return { ...view, fields: view.fields.map(({ echo: _echo, ...f }) => f) }
}

/** What our builders produce for a fixture's action; undefined when the action is UI-only. */
function build(f: OutgoingFixture): OutgoingDesk | undefined {
  const { action } = f
  const given = f.given ? decodeMessage(chatMessageOf(incomingById(f.given))) : undefined
  switch (action.do) {
    case 'open':
      return startSession(action.language ?? 'zh')
    case 'tap': {
      const item = given && 'items' in given ? given.items.find((m) => m.content === action.item) : undefined
      if (!item) throw new Error(`${f.id}: no item ${action.item}`)
      return given?.kind === 'workflowBranch' ? answerWorkflow(given, item) : answerMenu(item)
    }
    case 'rate': {
      if (given?.kind !== 'rating') throw new Error(`${f.id}: not a rating card`)
      return submitRating(given.options.find((o) => o.id === action.option)!, given.sessionId)
    }
    case 'submitForm': {
      if (given?.kind !== 'form') throw new Error(`${f.id}: not a form`)
      return submitForm(given.fields.map((field) => ({ ...field, value: action.values[field.name] ?? field.value })))
    }
    case 'toolbar':
      return action.preset === 'serviceRating' ? requestRating() : action.preset === 'endHumanService' ? endHumanSession() : transferToHuman()
    case 'quickOrder':
      return productCard(action.order)
    case 'quote': {
      // The quoted message named as its row names it (the fixture's nick).
      const m = chatMessageOf(incomingById(f.given!))
      const q = quoteFrom({ ...m, view: given! }, m.nick ?? '', translator('zh')('quoteTypes').split('|'))
      return { kind: 'text', text: action.text, cloudCustomData: withQuote(undefined, q) }
    }
    default:
      // Typing is UI only (the screen suite checks it): no builder stands between the user and the wire.
      return undefined
  }
}

function wireOfOutgoing(o: OutgoingDesk): Wire {
  if (o.kind === 'custom') return { type: 'TIMCustomElem', data: JSON.parse(o.data), onlineUserOnly: o.onlineUserOnly }
  const w: Wire = { type: 'TIMTextElem', text: o.text }
  if (o.cloudCustomData) w.cloudCustomData = JSON.parse(o.cloudCustomData)
  return w
}

const ours = outgoing.filter((f) => f.ours)
const buildable = ours.filter((f) => f.action.do !== 'type')
const variants = outgoing.filter((f) => !f.ours)

describe.each(buildable.map((f) => [f.id, f] as const))('outgoing %s', (_id, f) => {
  it(`builds exactly what the kit sends (${f.note})`, () => {
    const built = build(f)
    expect(built).toBeDefined()
    expect(wireOfOutgoing(built!)).toEqual(f.wire)
  })
})

/** Our own sent message as history gives it back. */
const asOwn = (w: Wire) => decodeMessage({ ...chatMessageOf(incoming[0]), flow: 'out', body: { kind: 'custom', data: JSON.stringify(w.data ?? {}) } })

describe.each(variants.map((f) => [f.id, f] as const))('another kit sends %s', (_id, f) => {
  it('reads back in history like our own message of that src (a control stays hidden, a card stays that card)', () => {
    const mine = ours.find((o) => o.src === f.src && o.wire.type === 'TIMCustomElem')
    expect(mine).toBeDefined()
    expect(asOwn(f.wire).kind).toBe(asOwn(mine!.wire).kind)
  })
})
