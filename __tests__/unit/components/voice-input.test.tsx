// Hold-to-talk in the composer, with the weapp APIs simulated: the why-explanation before the first recording,
// authorize, a refused microphone (settings page, text input still works), too short, slide up to cancel,
// the 60 s limit. The RecorderManager fake behaves as WeChat's: onStop gets { tempFilePath, duration, fileSize }.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Composer } from '../../../src/customer-service/components/composer/Composer'
import type { SoundSource } from '../../../src/customer-service/im/types'
import { translator } from '../../../src/customer-service/i18n/strings'
import type { Translate } from '../../../src/customer-service/i18n/strings'
import { LANGUAGES } from '../../../src/customer-service/launch/languages'
import { SoundBubble } from '../../../src/customer-service/components/messages/SoundBubble'

const t = translator('zh')
const T = Taro as unknown as Record<string, unknown>
const API = ['getSetting', 'showModal', 'authorize', 'openSetting', 'getRecorderManager', 'showToast'] as const
const saved = Object.fromEntries(API.map((k) => [k, T[k]]))

let permission: boolean | undefined
type Modal = { title?: string; content: string; confirmText?: string; cancelText?: string }
let modals: Modal[]
let confirm: boolean
let toasts: string[]
let recorder: ReturnType<typeof fakeRecorder>

/** WeChat's RecorderManager as VoiceInput drives it: one per app, each on* replaces the handler before. */
function fakeRecorder() {
  const on: Record<string, ((x?: unknown) => void) | undefined> = {}
  const set = (name: string) => (f: (x?: unknown) => void) => void (on[name] = f)
  let startedAt = 0
  const r = {
    started: [] as Record<string, unknown>[],
    stops: 0,
    recording: false,
    /** WeChat reports stop and error later, not inside stop(): with async on, they wait for report(). */
    async: false,
    /** WeChat gets the recorder going a little after start(): with lazy on, only at begin(). */
    lazy: false,
    pending: [] as (() => void)[],
    onStop: set('stop'),
    onError: set('error'),
    onStart: set('start'),
    onPause: set('pause'),
    onInterruptionBegin: set('interruption'),
    start(o: Record<string, unknown>) {
      r.started.push(o)
      startedAt = Date.now()
      if (!r.lazy) r.begin()
    },
    begin() {
      r.recording = true
      act(() => on.start?.())
    },
    stop() {
      r.stops += 1
      // Stopping a recorder that has not started yet is an error, and the recording still starts afterwards.
      if (!r.recording) return r.emit('error', { errMsg: 'operateRecorder:fail recorder not start' })
      r.recording = false
      const duration = Date.now() - startedAt
      r.emit('stop', { tempFilePath: `http://tmp/rec-${r.started.length}.mp3`, duration, fileSize: duration * 2 })
    },
    emit(name: string, arg?: unknown) {
      const f = on[name]
      if (r.async) r.pending.push(() => f?.(arg))
      else act(() => f?.(arg))
    },
    /** Delivers what the recorder reported since (async). */
    report() {
      const p = r.pending.splice(0)
      act(() => p.forEach((f) => f()))
    },
    /** The recorder stops by itself (at the `duration` limit). */
    finish(duration: number) {
      r.recording = false
      act(() => on.stop?.({ tempFilePath: `http://tmp/rec-${r.started.length}.mp3`, duration, fileSize: duration * 2 }))
    },
    /** An event from WeChat: error, pause, interruption (the recording pauses). */
    fire(name: string, arg?: unknown) {
      if (name !== 'error') r.recording = false
      act(() => on[name]?.(arg))
    },
    /** Another page puts its own handlers on the shared recorder. */
    steal(f: () => void) {
      on.stop = on.error = f
    }
  }
  return r
}

beforeEach(() => {
  Taro.clearStorageSync()
  // Only the clock is faked: Taro's components and the waits keep real timers.
  jest.useFakeTimers({ now: 1_700_000_000_000, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance', 'hrtime'] })
  permission = undefined
  modals = []
  confirm = true
  toasts = []
  recorder = fakeRecorder()
  Object.assign(T, {
    getSetting: async () => ({ authSetting: permission === undefined ? {} : { 'scope.record': permission } }),
    // WeChat refuses a button label over 4 characters: the call fails and no dialog appears.
    showModal: async (o: Modal) => {
      for (const label of [o.confirmText, o.cancelText]) if (label && Array.from(label).length > 4) throw { errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters' }
      modals.push(o)
      return { confirm, cancel: !confirm }
    },
    authorize: jest.fn(async () => {
      if (permission === false) throw { errMsg: 'authorize:fail auth deny' }
      permission = true
      return {}
    }),
    openSetting: jest.fn(async () => ({ authSetting: { 'scope.record': !!permission } })),
    getRecorderManager: () => recorder,
    showToast: (o: { title: string }) => void toasts.push(o.title)
  })
})

afterEach(() => {
  Object.assign(T, saved)
  jest.useRealTimers()
})

interface HarnessProps {
  voice?: boolean
  onVoice: (s: SoundSource) => void
  onSend?: (s: string) => void
  quote?: { sender: string; abstract: string }
  tr?: Translate
}

function Harness({ voice = true, onVoice, onSend = () => undefined, quote, tr = t }: HarnessProps) {
  const [draft, setDraft] = useState('')
  return <Composer draft={draft} t={tr} onDraft={setDraft} onSend={onSend} onImage={() => undefined} voice={voice} onVoice={onVoice} quote={quote} />
}

const later = (ms: number) => act(() => jest.setSystemTime(Date.now() + ms))

async function voiceMode() {
  fireEvent.click(await screen.findByRole('button', { name: '语音' }))
}

async function holdButton() {
  return (await screen.findByRole('button', { name: '按住 说话' })) as HTMLElement
}

const press = (el: HTMLElement, y = 600) => fireEvent.touchStart(el, { touches: [{ clientY: y }] })
const slide = (el: HTMLElement, y: number) => fireEvent.touchMove(el, { touches: [{ clientY: y }] })
const release = (el: HTMLElement) => fireEvent.touchEnd(el, { touches: [] })

describe('VoiceInput', () => {
  it('explains why the microphone is needed before asking, once; then hold 2 s and release sends the recording', async () => {
    const onVoice = jest.fn()
    const { unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    await waitFor(() => expect(T.authorize).toHaveBeenCalledWith({ scope: 'scope.record' }))
    expect(modals).toEqual([expect.objectContaining({ content: t('voiceWhy') })])
    const button = await holdButton()
    press(button)
    expect(recorder.started).toEqual([expect.objectContaining({ format: 'mp3', duration: 60000 })])
    expect(await screen.findByText('松开发送，上滑取消')).toBeInTheDocument()
    expect(screen.getByRole('status')).toBeInTheDocument()
    later(2000)
    release(button)
    expect(onVoice).toHaveBeenCalledWith({ tempFilePath: 'http://tmp/rec-1.mp3', duration: 2000, fileSize: 4000 })
    await waitFor(() => expect(screen.queryByText('松开发送，上滑取消')).toBeNull())
    // Back to the keyboard and to voice again: no second explanation, the permission is already there.
    fireEvent.click(await screen.findByRole('button', { name: '键盘' }))
    await screen.findByLabelText('请输入您的问题')
    await voiceMode()
    await holdButton()
    expect(modals).toHaveLength(1)
    unmount()
  })

  it('the explanation is remembered in storage: dismissed once, the next press goes straight to the system prompt', async () => {
    confirm = false
    const { unmount } = render(<Harness onVoice={jest.fn()} />)
    await voiceMode()
    await waitFor(() => expect(modals).toHaveLength(1))
    expect(T.authorize).not.toHaveBeenCalled()
    expect(Taro.getStorageSync('cs-voice-why')).toBeTruthy()
    unmount()
    // A later visit (new page): no explanation again; opening voice input asks the system at once.
    const again = render(<Harness onVoice={jest.fn()} />)
    await voiceMode()
    await waitFor(() => expect(T.authorize).toHaveBeenCalledTimes(1))
    expect(modals).toHaveLength(1)
    again.unmount()
  })

  it('a refused microphone says so and offers the settings page; the text input keeps working', async () => {
    permission = false
    const onSend = jest.fn()
    const { unmount } = render(<Harness onVoice={jest.fn()} onSend={onSend} />)
    await voiceMode()
    // Refused before: only the settings page can help, so that is what the dialog offers.
    await waitFor(() => expect(modals).toEqual([expect.objectContaining({ content: t('voiceSettingsWhy'), confirmText: '去设置', cancelText: '暂不' })]))
    expect(T.openSetting).toHaveBeenCalledTimes(1)
    const denied = await screen.findByRole('button', { name: '麦克风未授权，点此设置' })
    expect(T.authorize).not.toHaveBeenCalled()
    // Typing still works.
    fireEvent.click(screen.getByRole('button', { name: '键盘' }))
    const native = await waitFor(() => {
      const el = screen.getByLabelText('请输入您的问题').querySelector('input')
      if (!el) throw new Error('input not rendered yet')
      return el
    })
    fireEvent.input(native, { target: { value: '打字也可以' } })
    fireEvent.click(await screen.findByText('发送'))
    expect(onSend).toHaveBeenCalledWith('打字也可以')
    expect(denied.isConnected).toBe(false)
    // Back to voice: the dialog again; declined, the denied line stays, and tapping it offers the settings page,
    // where the microphone is turned on: the hold button comes back.
    confirm = false
    await voiceMode()
    const line = await screen.findByRole('button', { name: '麦克风未授权，点此设置' })
    expect(modals).toHaveLength(2)
    confirm = true
    ;(T.openSetting as jest.Mock).mockImplementationOnce(async () => ({ authSetting: { 'scope.record': (permission = true) } }))
    press(line)
    await holdButton()
    expect(T.openSetting).toHaveBeenCalledTimes(2)
    unmount()
  })

  it('a first-time refusal of authorize also leaves the clear denied state, and nothing records', async () => {
    permission = undefined
    ;(T.authorize as jest.Mock).mockImplementationOnce(async () => {
      permission = false
      throw { errMsg: 'authorize:fail auth deny' }
    })
    const { unmount } = render(<Harness onVoice={jest.fn()} />)
    await voiceMode()
    await screen.findByRole('button', { name: '麦克风未授权，点此设置' })
    expect(recorder.started).toEqual([])
    unmount()
  })

  it('under 1 s: 说话时间太短, nothing sent', async () => {
    permission = true
    const onVoice = jest.fn()
    const { unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    const button = await holdButton()
    await waitFor(() => {
      press(button)
      expect(recorder.started).toHaveLength(1)
    })
    later(600)
    release(button)
    expect(toasts).toEqual(['说话时间太短'])
    expect(onVoice).not.toHaveBeenCalled()
    expect(modals).toEqual([])
    unmount()
  })

  it('sliding up more than 50 px switches to 松开手指，取消发送 and releasing there cancels; sliding back sends', async () => {
    permission = true
    const onVoice = jest.fn()
    const { unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    const button = await holdButton()
    await waitFor(() => {
      press(button, 600)
      expect(recorder.started).toHaveLength(1)
    })
    later(3000)
    slide(button, 560)
    expect(await screen.findByText('松开发送，上滑取消')).toBeInTheDocument()
    slide(button, 540)
    expect(await screen.findByText('松开手指，取消发送')).toBeInTheDocument()
    release(button)
    expect(onVoice).not.toHaveBeenCalled()
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    // Second try: up, then back down before letting go — sent.
    press(button, 600)
    later(1500)
    slide(button, 500)
    slide(button, 590)
    await screen.findByText('松开发送，上滑取消')
    release(button)
    expect(onVoice).toHaveBeenCalledTimes(1)
    expect(onVoice.mock.calls[0][0]).toMatchObject({ duration: 1500 })
    unmount()
  })

  it('at 60 s the recorder stops by itself and the recording is sent; the late release sends nothing more', async () => {
    permission = true
    const onVoice = jest.fn()
    const { unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    const button = await holdButton()
    await waitFor(() => {
      press(button)
      expect(recorder.started).toHaveLength(1)
    })
    later(60000)
    recorder.finish(60000)
    expect(onVoice).toHaveBeenCalledWith(expect.objectContaining({ duration: 60000 }))
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    release(button)
    expect(onVoice).toHaveBeenCalledTimes(1)
    expect(recorder.stops).toBe(0)
    unmount()
  })

  it('no voice toggle unless voice is offered (H5, or no human agent in seat)', async () => {
    const { unmount } = render(<Harness voice={false} onVoice={jest.fn()} />)
    await screen.findByLabelText('请输入您的问题')
    expect(screen.queryByRole('button', { name: '语音' })).toBeNull()
    expect(screen.queryByRole('button', { name: '按住 说话' })).toBeNull()
    unmount()
  })

  it.each(LANGUAGES)('%s: both microphone dialogs appear (WeChat shows none for a button label over 4 characters)', async (language) => {
    const tr = translator(language)
    const { unmount } = render(<Harness onVoice={jest.fn()} tr={tr} />)
    fireEvent.click(await screen.findByRole('button', { name: tr('voice') }))
    await waitFor(() => expect(T.authorize).toHaveBeenCalled())
    expect(modals).toEqual([{ content: tr('voiceWhy'), confirmText: tr('modalOk'), cancelText: tr('modalLater') }])
    unmount()
    // Refused before: the settings dialog, and its confirm opens the settings page.
    permission = false
    const again = render(<Harness onVoice={jest.fn()} tr={tr} />)
    fireEvent.click(await screen.findByRole('button', { name: tr('voice') }))
    await waitFor(() => expect(T.openSetting).toHaveBeenCalledTimes(1))
    expect(modals[1]).toEqual({ content: tr('voiceSettingsWhy'), confirmText: tr('modalSettings'), cancelText: tr('modalLater') })
    again.unmount()
  })
})

/** Renders with the microphone granted and holds the button down; returns it. */
async function holding(props: Partial<HarnessProps> & { onVoice: (s: SoundSource) => void }) {
  permission = true
  const view = render(<Harness {...props} />)
  await voiceMode()
  const button = await holdButton()
  await waitFor(() => {
    press(button)
    expect(recorder.started).toHaveLength(1)
  })
  return { ...view, button }
}

describe('VoiceInput when the recorder does not play along', () => {
  it('WeChat reports the stop later: sent once it does; a dropped recording reported late never counts for the next press', async () => {
    recorder.async = true
    const onVoice = jest.fn()
    const { button, unmount } = await holding({ onVoice })
    later(2000)
    release(button)
    // The tip goes at once; the recording is sent when the recorder says it has stopped.
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    expect(onVoice).not.toHaveBeenCalled()
    recorder.report()
    expect(onVoice).toHaveBeenCalledTimes(1)
    expect(onVoice.mock.calls[0][0]).toMatchObject({ tempFilePath: 'http://tmp/rec-1.mp3', duration: 2000 })
    // 5 s, slid up, let go: cancelled. Pressed again before the recorder reported that stop: not taken.
    press(button, 600)
    later(5000)
    slide(button, 500)
    release(button)
    press(button, 600)
    expect(recorder.started).toHaveLength(2)
    recorder.report()
    expect(onVoice).toHaveBeenCalledTimes(1)
    // Now a press records, and what it sends is its own 1.5 s.
    press(button, 600)
    expect(recorder.started).toHaveLength(3)
    later(1500)
    release(button)
    recorder.report()
    expect(onVoice).toHaveBeenCalledTimes(2)
    expect(onVoice.mock.calls[1][0]).toMatchObject({ tempFilePath: 'http://tmp/rec-3.mp3', duration: 1500 })
    expect(toasts).toEqual([])
    unmount()
  })

  it('a recorder error says recording failed, sends nothing and lets the next press record', async () => {
    const onVoice = jest.fn()
    const { button, unmount } = await holding({ onVoice })
    later(2000)
    recorder.fire('error', { errMsg: 'operateRecorder:fail' })
    expect(toasts).toEqual(['录音失败，请重试'])
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    release(button)
    expect(onVoice).not.toHaveBeenCalled()
    expect(toasts).toHaveLength(1)
    press(button)
    expect(recorder.started).toHaveLength(2)
    later(1200)
    release(button)
    expect(onVoice).toHaveBeenCalledWith(expect.objectContaining({ tempFilePath: 'http://tmp/rec-2.mp3', duration: 1200 }))
    unmount()
  })

  it('let go before the recorder got going: too short, and once it starts it is stopped at once', async () => {
    recorder.lazy = true
    const onVoice = jest.fn()
    const { button, unmount } = await holding({ onVoice })
    later(300)
    release(button)
    expect(toasts).toEqual(['说话时间太短'])
    recorder.begin()
    expect(recorder.recording).toBe(false)
    expect(onVoice).not.toHaveBeenCalled()
    // The stop-before-start error is not the user's concern.
    expect(toasts).toEqual(['说话时间太短'])
    unmount()
  })

  it.each([
    ['a call or WeChat voice chat takes the microphone', 'interruption'],
    ['the app goes to the background', 'pause']
  ])('%s: the recording stops, the tip goes, nothing is sent', async (_, event) => {
    recorder.async = true
    const onVoice = jest.fn()
    const { button, unmount } = await holding({ onVoice })
    later(3000)
    recorder.fire(event)
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull())
    expect(recorder.stops).toBe(1)
    recorder.report()
    release(button)
    recorder.report()
    expect(onVoice).not.toHaveBeenCalled()
    expect(toasts).toEqual([])
    unmount()
  })

  it('the agent leaves mid-press: voice input goes, the recorder stops, nothing is sent', async () => {
    recorder.async = true
    const onVoice = jest.fn()
    const { rerender, unmount } = await holding({ onVoice })
    later(3000)
    rerender(<Harness voice={false} onVoice={onVoice} />)
    await screen.findByLabelText('请输入您的问题')
    expect(recorder.stops).toBe(1)
    recorder.report()
    expect(onVoice).not.toHaveBeenCalled()
    expect(toasts).toEqual([])
    unmount()
  })

  it('another page took the shared recorder\'s handlers: the next press puts its own back', async () => {
    permission = true
    const onVoice = jest.fn()
    const other = jest.fn()
    const { unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    const button = await holdButton()
    recorder.steal(other)
    await waitFor(() => {
      press(button)
      expect(recorder.started).toHaveLength(1)
    })
    later(2000)
    release(button)
    expect(onVoice).toHaveBeenCalledTimes(1)
    expect(other).not.toHaveBeenCalled()
    unmount()
  })

  it('a voice playing stops when a recording starts', async () => {
    const audio = { src: '', calls: [] as string[], play: () => audio.calls.push('play'), stop: () => audio.calls.push('stop'), onTimeUpdate() {}, onEnded() {}, onError() {} }
    const savedAudio = T.createInnerAudioContext
    T.createInnerAudioContext = () => audio
    permission = true
    const { unmount } = render(
      <>
        <SoundBubble url='https://cos.example.com/agent.mp3' duration={12} t={t} />
        <Harness onVoice={jest.fn()} />
      </>
    )
    const bubble = await screen.findByRole('button', { name: '语音 12″' })
    fireEvent.click(bubble)
    await waitFor(() => expect(bubble).toHaveTextContent('0″/12″'))
    await voiceMode()
    const button = await holdButton()
    await waitFor(() => {
      press(button)
      expect(recorder.started).toHaveLength(1)
    })
    expect(audio.calls).toEqual(['play', 'stop'])
    await waitFor(() => expect(bubble).toHaveTextContent(/^▶12″$/))
    unmount()
    T.createInnerAudioContext = savedAudio
  })
})

describe('hold-to-talk and the emoji panel in the composer', () => {
  const composer = () => document.querySelector('.cs-composer') as HTMLElement
  const panel = () => screen.queryByRole('group', { name: '所有表情' })
  /** The keyboard comes up under the focused input (weapp reports its height). */
  const keyboardUp = async (height: number) => {
    const host = await screen.findByLabelText('请输入您的问题')
    act(() => void host.dispatchEvent(new CustomEvent('keyboardheightchange', { detail: { height } })))
    await waitFor(() => expect(composer().style.paddingBottom).toBe(`${height}px`))
  }

  it('🎤 closes the panel and the keyboard\'s room; 😊 is gone while talking', async () => {
    permission = true
    const { unmount } = render(<Harness onVoice={jest.fn()} />)
    await keyboardUp(301)
    fireEvent.click(screen.getByRole('button', { name: '表情' }))
    await waitFor(() => expect(panel()).not.toBeNull())
    await voiceMode()
    await holdButton()
    expect(panel()).toBeNull()
    expect(screen.queryByRole('button', { name: '表情' })).toBeNull()
    // Back to the keyboard and up again, then straight to 🎤: the input leaves without a keyboard-height 0.
    fireEvent.click(screen.getByRole('button', { name: '键盘' }))
    await keyboardUp(280)
    await voiceMode()
    await holdButton()
    await waitFor(() => expect(composer().style.paddingBottom).toBe(''))
    unmount()
  })

  it('opening the panel switches talking off, also when voice input comes back later', async () => {
    permission = true
    const onVoice = jest.fn()
    const { rerender, unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    await holdButton()
    // The agent leaves (no voice): the text input is back, and the panel opens there.
    rerender(<Harness voice={false} onVoice={onVoice} />)
    fireEvent.click(await screen.findByRole('button', { name: '表情' }))
    await waitFor(() => expect(panel()).not.toBeNull())
    // An agent again: still the panel and the text input, not the hold button under it.
    rerender(<Harness onVoice={onVoice} />)
    await screen.findByRole('button', { name: '语音' })
    expect(screen.queryByRole('button', { name: '按住 说话' })).toBeNull()
    expect(screen.getByLabelText('请输入您的问题')).toBeInTheDocument()
    expect(panel()).not.toBeNull()
    unmount()
  })

  it('quoting a message while talking brings the text input back under the quote', async () => {
    permission = true
    const onVoice = jest.fn()
    const { rerender, unmount } = render(<Harness onVoice={onVoice} />)
    await voiceMode()
    await holdButton()
    rerender(<Harness onVoice={onVoice} quote={{ sender: '客服小美', abstract: '请提供订单号' }} />)
    expect(await screen.findByLabelText('请输入您的问题')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '按住 说话' })).toBeNull()
    expect(screen.getByRole('button', { name: t('cancelQuote') })).toBeInTheDocument()
    unmount()
  })

  it('a pending quote waits, hidden, while the user talks, and comes back with the keyboard', async () => {
    permission = true
    const quote = { sender: '客服小美', abstract: '请提供订单号' }
    const { unmount } = render(<Harness onVoice={jest.fn()} quote={quote} />)
    expect(screen.getByRole('button', { name: t('cancelQuote') })).toBeInTheDocument()
    await voiceMode()
    await holdButton()
    expect(screen.queryByRole('button', { name: t('cancelQuote') })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: t('keyboard') }))
    expect(await screen.findByRole('button', { name: t('cancelQuote') })).toBeInTheDocument()
    unmount()
  })
})
