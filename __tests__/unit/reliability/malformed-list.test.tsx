// Malformed Desk payloads through the whole pipeline — demo desk → session → store → ChatScreen → MessageList:
// nothing crashes, content the codec does not understand gets one grey 此消息暂不支持显示 row (what the kits hide
// on purpose gets none), and a row's DOM stays small whatever the payload's size (nodes and characters are
// counted, never timed).
import { act, render, screen } from '@testing-library/react'
import * as fc from 'fast-check'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { anchorId } from '../../../src/customer-service/components/list/window'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import type { ChatMessage, MessageBody } from '../../../src/customer-service/im/types'
import { decodeMessage } from '../../../src/customer-service/protocol'
import { launchParamsFor } from '../../builders/launch'
import { codes, data } from '../protocol/arbitraries'
import { ACCOUNT } from './harness'

const MB = 'x'.repeat(1_000_000)
const custom = (d: string): MessageBody => ({ kind: 'custom', data: d })
const desk = (src: string, rest: string) => custom(`{"customerServicePlugin":0,"src":"${src}",${rest}}`)
const numbers = `[${'1,'.repeat(99_999)}1]`
const deep = '{"content":'.repeat(10_000) + '0' + '}'.repeat(10_000)

/** For every src code: 100,000-item arrays, 10,000-deep nesting; and garbage, unknown codes, newer fields. */
const malformed: MessageBody[] = [
  ...codes.map((src) => desk(src, `"chunks":${numbers},"content":{"items":${numbers},"inputVariables":${numbers},"customField":${numbers}},"menuContent":{"menu":${numbers}}`)),
  ...codes.map((src) => desk(src, `"content":${deep},"menuContent":${deep}`)),
  desk('30', `"content":${JSON.stringify('- item\n'.repeat(100_000))}`),
  desk('30', `"content":${JSON.stringify(MB)}`),
  desk('31', `"chunks":[${JSON.stringify(MB)}],"isFinished":1`),
  custom('{"customerServicePlugin":0,'),
  custom('null'),
  desk('9999', '"content":"from a newer desk","version":3'),
  ...fc.sample(data, { seed: 0x20, numRuns: 120 }).map(custom)
]

/** A megabyte in every string field a card or bubble shows. */
const huge: MessageBody[] = [
  { kind: 'text', text: MB },
  ...codes.map((src) =>
    custom(JSON.stringify({ customerServicePlugin: 0, src, content: { header: MB, title: MB, desc: MB, name: MB, items: [{ content: MB }], customField: [{ name: 'n', value: MB }] }, menuContent: { head: MB, menu: [{ id: '1', content: MB }] } }))
  )
]

// Markdown is parsed up to 20,000 characters into at most ~1,000 nodes; cards carry at most 50 items.
const MAX_NODES = 1_100
const MAX_TEXT = 25_000
const HIDDEN_KINDS = ['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden']

/** Renders the chat, has the desk send `bodies` eight at a time, and measures each one's row (undefined: no row). */
async function renderEach(bodies: MessageBody[]) {
  const transport = new DemoDesk({ seed: 1, pace: 0 })
  const view = render(<ChatScreen params={launchParamsFor()} transport={transport} />)
  await screen.findByText('猜你想问')
  const rows: { message: ChatMessage; nodes?: number; text?: number; content?: string }[] = []
  for (let i = 0; i < bodies.length; i += 8) {
    const sent = await act(async () => bodies.slice(i, i + 8).map((body) => transport.deskSays(ACCOUNT, body)))
    for (const message of sent) {
      const row = document.getElementById(anchorId(message.id))
      rows.push({ message, nodes: row?.querySelectorAll('*').length, text: row?.textContent?.length, content: row?.textContent ?? undefined })
    }
  }
  // Still a chat: the composer is there (a crash in one row would have unmounted everything).
  expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument()
  view.unmount()
  return rows
}

describe('malformed Desk payloads through the rendered list', () => {
  it('nothing crashes, what the codec does not understand is a grey row, hidden kinds get none, every row stays small', async () => {
    const rows = await renderEach(malformed)
    const hidden = rows.filter((r) => HIDDEN_KINDS.includes(decodeMessage(r.message).kind))
    expect(hidden.length).toBeGreaterThan(20)
    expect(hidden.filter((r) => r.nodes !== undefined).map((r) => r.message.id)).toEqual([])
    const grey = rows.filter((r) => decodeMessage(r.message).kind === 'unsupported')
    expect(grey.length).toBeGreaterThan(20)
    expect(grey.filter((r) => !r.content?.includes('此消息暂不支持显示')).map((r) => r.message.id)).toEqual([])
    const shown = rows.filter((r) => r.nodes !== undefined)
    expect(shown.length).toBeGreaterThan(20)
    expect(shown.filter((r) => r.nodes! > MAX_NODES || r.text! > MAX_TEXT).map((r) => `${decodeMessage(r.message).kind}: ${r.nodes} nodes, ${r.text} chars`)).toEqual([])
  }, 60_000)

  // The codec clips text messages to the IM's 12 KB limit and card strings to 2,048 characters.
  it('a megabyte in a text or card string is not a megabyte on screen', async () => {
    const rows = await renderEach(huge)
    expect(rows.filter((r) => (r.text ?? 0) > MAX_TEXT).map((r) => `${decodeMessage(r.message).kind}: ${r.text} chars`)).toEqual([])
  }, 60_000)
})
