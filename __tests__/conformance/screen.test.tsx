// What the user sees and sends, against Tencent's kits: every reference payload pushed into a live ChatScreen
// (the desk side is the embedded desk used only as a pipe), and every user action checked against what the
// kit sends for it — src, fields, values and send options as they reach the transport.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ChatScreen } from '../../src/customer-service/components/ChatScreen'
import { anchorId } from '../../src/customer-service/components/list/window'
import { DemoDesk } from '../../src/customer-service/im/demo/demo-desk'
import { demoWords } from '../../src/customer-service/im/demo/words'
import type { ChatMessage, SendOptions } from '../../src/customer-service/im/types'
import type { LaunchParams } from '../../src/customer-service/launch/types'
import { launchParamsFor } from '../builders/launch'
import { typeInto } from '../builders/taro-input'
import { chatMessageOf, incoming, incomingById, outgoing } from './corpus'
import type { IncomingFixture, OutgoingFixture, Wire } from './corpus'

const ACCOUNT = '@customer_service_account'

/** Everything the chat hands to the transport, in the kit's terms. */
function record(desk: DemoDesk): Wire[] {
  const sent: Wire[] = []
  const custom = desk.sendCustom.bind(desk)
  const text = desk.sendText.bind(desk)
  desk.sendCustom = (to: string, data: string, options?: SendOptions) => {
    sent.push({ type: 'TIMCustomElem', data: JSON.parse(data), onlineUserOnly: !!options?.onlineUserOnly })
    return custom(to, data, options)
  }
  desk.sendText = (to: string, t: string, options?: SendOptions) => {
    const w: Wire = { type: 'TIMTextElem', text: t }
    if (options?.cloudCustomData) w.cloudCustomData = JSON.parse(options.cloudCustomData)
    sent.push(w)
    return text(to, t, options)
  }
  return sent
}

async function openChat(overrides: Partial<LaunchParams> = {}) {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const sent = record(desk)
  const view = render(<ChatScreen params={launchParamsFor(overrides)} transport={desk} />)
  // The desk answers the start message with its welcome list: the chat is live.
  await screen.findAllByText(demoWords(overrides.language).welcomeTitle)
  return { desk, sent, unmount: view.unmount }
}

/** Pushes a fixture as the desk would, and returns its row once drawn (undefined for row-less ones). */
async function push(desk: DemoDesk, f: IncomingFixture, asFixture = false): Promise<{ m: ChatMessage; row?: HTMLElement }> {
  const { body, nick, avatar, cloudCustomData, flow, from, to, id } = chatMessageOf(f)
  const extra: Partial<ChatMessage> = { nick, avatar, cloudCustomData }
  // A message a quote points at keeps the fixture's id: it goes on the wire.
  if (asFixture) extra.id = id
  if (flow === 'out') Object.assign(extra, { flow, from: 'u_test', to })
  else void from
  let m!: ChatMessage
  act(() => {
    m = desk.deskSays(ACCOUNT, body, JSON.parse(JSON.stringify(extra)))
  })
  if (f.expect.hidden) return { m }
  const row = await waitFor(() => {
    const el = document.getElementById(anchorId(m.id))
    if (!el) throw new Error(`row of ${f.id} not drawn`)
    return el
  })
  return { m, row }
}

describe.each(incoming.map((f) => [f.id, f] as const))('the user sees %s', (_id, f) => {
  it(f.expect.hidden ? 'as nothing: no row' : 'as the kits show it', async () => {
    const { desk, unmount } = await openChat()
    const { m, row } = await push(desk, f)
    if (f.expect.hidden) {
      // A later message is drawn; the hidden one never was.
      const sentinel = await push(desk, { ...incomingById('31-stream-string'), expect: { shows: [] } })
      expect(sentinel.row).toBeTruthy()
      expect(document.getElementById(anchorId(m.id))).toBeNull()
    } else {
      for (const text of f.expect.shows ?? []) expect((await within(row!).findAllByText(text)).length).toBeGreaterThan(0)
      if (f.expect.chosen) expect(await within(row!).findByRole('button', { name: f.expect.chosen, pressed: true })).toBeTruthy()
      if (f.expect.readOnly) expect(within(row!).queryByRole('button', { name: '提交' })).toBeNull()
      if (f.expect.avatar) expect(row!.innerHTML).toContain(f.expect.avatar)
    }
    for (const text of f.expect.notShown ?? []) expect((row ?? document.body).textContent).not.toContain(text)
    unmount()
  })
})

/** Performs the fixture's action in the UI; returns the number of sends before it. */
async function perform(f: OutgoingFixture, desk: DemoDesk, sent: Wire[]): Promise<number> {
  const given = f.given ? await push(desk, incomingById(f.given), f.action.do === 'quote') : undefined
  const row = given?.row
  const before = sent.length
  const { action } = f
  switch (action.do) {
    case 'open':
      return sent.findIndex((w) => w.type === 'TIMCustomElem' && w.data?.src === '7')
    case 'tap':
      // An item's accessible name is its content, then its description.
      fireEvent.click(await within(row!).findByRole('button', { name: new RegExp(`^${escapeRe(action.item)}`) }))
      break
    case 'rate':
      fireEvent.click(await within(row!).findByRole('button', { name: '非常满意' }))
      fireEvent.click(await within(row!).findByRole('button', { name: '提交' }))
      break
    case 'submitForm':
      for (const [name, value] of Object.entries(action.values)) {
        const choice = within(row!).queryByRole('button', { name: value })
        if (choice) fireEvent.click(choice)
        else fireEvent.input(await nativeInput(row!, name), { target: { value } })
      }
      fireEvent.click(await within(row!).findByRole('button', { name: '提交' }))
      break
    case 'toolbar': {
      if (action.preset === 'endHumanService') await push(desk, incomingById('26-inSeat'))
      const title = { humanService: '转人工', serviceRating: '评价', endHumanService: '结束会话' }[action.preset]
      fireEvent.click(await screen.findByRole('button', { name: title }))
      break
    }
    case 'quickOrder': {
      const card = await waitFor(() => document.querySelector('.cs-quick-order') as HTMLElement)
      fireEvent.click(await within(card).findByRole('button', { name: '发送' }))
      break
    }
    case 'type':
      await typeInto('请输入您的问题', action.text)
      fireEvent.click(await screen.findByRole('button', { name: '发送' }))
      break
    case 'quote':
      // Taro's H5 View fires `longpress` after a 350 ms touch: the row listens to that event.
      fireEvent(row!.querySelector('.cs-bubble')!, new Event('longpress'))
      fireEvent.click(await screen.findByRole('menuitem', { name: '引用' }))
      await screen.findByRole('button', { name: '取消引用' })
      await typeInto('请输入您的问题', action.text)
      fireEvent.click(await screen.findByRole('button', { name: '发送' }))
      break
    default:
      throw new Error(`${f.id}: no UI for ${action.do}`)
  }
  return before
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The native <input> of a form field, found by the field's name (its aria-label). */
function nativeInput(row: HTMLElement, name: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const input = Array.from(row.querySelectorAll('input')).find((el) => el.getAttribute('aria-label') === name || el.closest(`[aria-label="${name}"]`))
    if (!input) throw new Error(`no <input> for ${name} yet`)
    return input
  })
}

function paramsFor(f: OutgoingFixture): Partial<LaunchParams> {
  const { action } = f
  if (action.do === 'open') return { language: action.language ?? 'zh' }
  if (action.do === 'quickOrder') return { bottomQuickOrder: action.order }
  if (action.do === 'toolbar') {
    const title = { humanService: '转人工', serviceRating: '评价', endHumanService: '结束会话' }[action.preset]
    return { toolbarButtonList: [{ title, isPreset: 1, presetId: action.preset, isEnabled: 1 }] as LaunchParams['toolbarButtonList'] }
  }
  return {}
}

describe.each(outgoing.filter((f) => f.ours).map((f) => [f.id, f] as const))('the user sends %s', (_id, f) => {
  it(`exactly as the kit does (${f.note})`, async () => {
    const { desk, sent, unmount } = await openChat(paramsFor(f))
    const at = await perform(f, desk, sent)
    const wire = await waitFor(() => {
      const w = f.action.do === 'open' ? sent[at] : sent.slice(at).find((x) => x.type === f.wire.type)
      if (!w) throw new Error(`${f.id}: nothing sent`)
      return w
    })
    expect(wire).toEqual(f.wire)
    unmount()
  })
})
