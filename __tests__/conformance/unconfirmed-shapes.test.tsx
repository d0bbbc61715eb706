// #19 The default build sends only kit-confirmed shapes for the transfer, bot-session and link-option features:
// every button and option of those features is used in a live ChatScreen, and each send must equal a wire the
// corpus confirms (`ours: true`, each with the kit file it comes from). The unconfirmed ones (src 39/34 with a
// target, 24 marked robot) are in no fixture, and only `unconfirmedDeskShapes` lets them out.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ChatScreen } from '../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../src/customer-service/im/demo/demo-desk'
import type { ToolbarButton } from '../../src/customer-service/launch/types'
import { launchParamsFor } from '../builders/launch'
import { outgoing } from './corpus'

const ACCOUNT = '@customer_service_account'
const BUTTONS: ToolbarButton[] = [
  { title: '找售后', isPreset: 1, presetId: 'transferToHuman', isEnabled: 1, type: 1, options: { agentIdList: ['agent_1'], agentGroupId: 2473 } },
  { title: '退货流程', isPreset: 1, presetId: 'transferToTaskFlow', isEnabled: 1, type: 1, options: { taskFlowId: 77 } },
  { title: '评价机器人', isPreset: 1, presetId: 'botRating', isEnabled: 1, type: 1 },
  { title: '结束会话', isPreset: 1, presetId: 'endBotService', isEnabled: 1, type: 1 }
]

/** Every wire the corpus confirms for the template (kit-sourced), as compared here. */
const CONFIRMED = outgoing.filter((f) => f.ours).map((f) => f.wire)
const KIT_TRANSFER_TEXT = outgoing.find((f) => f.id === 'text-human')!.wire.text

type Sent = { type: 'TIMTextElem' | 'TIMCustomElem'; text?: string; data?: Record<string, unknown>; onlineUserOnly?: boolean }

async function useEveryFeature(unconfirmedDeskShapes?: ('transfer' | 'botSession' | 'optionLinks')[]) {
  const desk = new DemoDesk({ seed: 2, pace: 0 })
  const sent: Sent[] = []
  const text = desk.sendText.bind(desk)
  const custom = desk.sendCustom.bind(desk)
  desk.sendText = (to, t, o) => (sent.push({ type: 'TIMTextElem', text: t }), text(to, t, o))
  desk.sendCustom = (to, d, o) => (sent.push({ type: 'TIMCustomElem', data: JSON.parse(d), onlineUserOnly: o?.onlineUserOnly }), custom(to, d, o))
  const params = launchParamsFor({ toolbarButtonList: BUTTONS, ...(unconfirmedDeskShapes ? { unconfirmedDeskShapes } : {}) })
  const { unmount } = render(<ChatScreen params={params} transport={desk} />)
  await screen.findByText('猜你想问')
  // A link option: opened (option on) or answered with its text (off).
  act(() => void desk.deskSaysDesk(ACCOUNT, { src: '15', content: { header: '帮助', items: [{ content: '政策', url: 'https://example.com/p' }] } }))
  fireEvent.click(await screen.findByRole('button', { name: /^政策/ }))
  for (const title of ['评价机器人', '退货流程', '结束会话', '找售后']) {
    const button = screen.queryByRole('button', { name: title })
    if (button) fireEvent.click(button)
    await act(() => new Promise((r) => setTimeout(r, 30)))
  }
  await waitFor(() => expect(sent.some((s) => s.type === 'TIMTextElem' && s.text === KIT_TRANSFER_TEXT) || sent.some((s) => s.data?.src === '39')).toBe(true))
  unmount()
  return sent
}

/** JSON with sorted keys: the corpus and the sends list keys in different orders. */
const canon = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canon).join(',')}]` : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${k}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v)

let restore: jest.SpyInstance[] = []
beforeEach(() => {
  window.open = jest.fn()
  restore = [jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never), jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' } as never)]
})
afterEach(() => restore.forEach((r) => r.mockRestore()))

describe('default build (no unconfirmedDeskShapes)', () => {
  it('every custom message sent is a confirmed wire from the corpus', async () => {
    const sent = await useEveryFeature()
    const customs = sent.filter((s) => s.type === 'TIMCustomElem')
    expect(customs.length).toBeGreaterThan(0)
    for (const c of customs) expect(CONFIRMED.map(canon)).toContain(canon(c))
    expect(customs.map((c) => c.data!.src)).not.toEqual(expect.arrayContaining(['39']))
    expect(customs.map((c) => c.data!.src)).not.toEqual(expect.arrayContaining(['34']))
  })

  it('the transfer is the kit text (UNI 1.4.0 toolbar-button-human-service / FLT 人工服务), and the link option its own text', async () => {
    const texts = (await useEveryFeature()).filter((s) => s.type === 'TIMTextElem').map((s) => s.text)
    expect(KIT_TRANSFER_TEXT).toBe('人工服务')
    expect(texts).toEqual(['政策', KIT_TRANSFER_TEXT])
  })
})

describe('with unconfirmedDeskShapes=all', () => {
  it('the unconfirmed shapes go out, and none of them is in the confirmed corpus', async () => {
    const sent = await useEveryFeature(['transfer', 'botSession', 'optionLinks'])
    const unconfirmed = sent.filter((s) => !CONFIRMED.some((w) => canon(w) === canon(s)))
    expect(unconfirmed).toEqual([
      { type: 'TIMCustomElem', data: { src: '24', customerServicePlugin: 0, content: { target: 'robot' } }, onlineUserOnly: true },
      { type: 'TIMCustomElem', data: { src: '34', customerServicePlugin: 0, content: { taskFlowId: 77 } }, onlineUserOnly: true },
      { type: 'TIMCustomElem', data: { src: '39', customerServicePlugin: 0, content: { agentIdList: ['agent_1'], agentGroupId: 2473 } }, onlineUserOnly: true }
    ])
    // 27 itself is a confirmed wire (ending a human session); only its use in the bot state is unconfirmed.
    expect(sent).toContainEqual({ type: 'TIMCustomElem', data: { src: '27', customerServicePlugin: 0 }, onlineUserOnly: true })
    expect(sent.filter((s) => s.type === 'TIMTextElem')).toEqual([])
  })
})
