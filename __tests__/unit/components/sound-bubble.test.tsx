// Voice bubbles: one shared player (starting one stops the other, own or incoming), elapsed / total and a bar
// while playing, and a playback error resets the bubble with a message.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { SoundBubble } from '../../../src/customer-service/components/messages/SoundBubble'
import { translator } from '../../../src/customer-service/i18n/strings'

const t = translator('zh')
const T = Taro as unknown as Record<string, unknown>

/** Taro's InnerAudioContext as the bubbles drive it; one instance, as the player keeps one. */
const audio = {
  created: 0,
  src: '',
  currentTime: 0,
  calls: [] as string[],
  on: {} as Record<string, () => void>,
  play: () => audio.calls.push(`play:${audio.src}`),
  stop: () => audio.calls.push('stop'),
  onTimeUpdate: (f: () => void) => (audio.on.time = f),
  onEnded: (f: () => void) => (audio.on.ended = f),
  onError: (f: () => void) => (audio.on.error = f),
  fire(what: 'time' | 'ended' | 'error', at = 0) {
    audio.currentTime = at
    act(() => audio.on[what]())
  }
}
const saved = { createInnerAudioContext: T.createInnerAudioContext, showToast: T.showToast }
let toasts: string[]

beforeAll(() => {
  T.createInnerAudioContext = () => {
    audio.created += 1
    return audio
  }
})
afterAll(() => Object.assign(T, saved))
beforeEach(() => {
  audio.calls = []
  toasts = []
  T.showToast = (o: { title: string }) => void toasts.push(o.title)
})

function Two() {
  return (
    <>
      <SoundBubble url='https://cos.example.com/agent.mp3' duration={12} t={t} />
      <SoundBubble url='wxfile://tmp/mine.mp3' duration={4} t={t} />
    </>
  )
}

const bubble = (seconds: number) => screen.findByRole('button', { name: `语音 ${seconds}″` })
const fill = (el: HTMLElement) => (el.querySelector('.cs-sound__fill') as HTMLElement).style.width

describe('SoundBubble', () => {
  it('plays with elapsed / total and a bar; starting another voice stops the first; the end resets', async () => {
    const { unmount } = render(<Two />)
    const agent = await bubble(12)
    const mine = await bubble(4)
    expect(agent).toHaveTextContent('12″')
    fireEvent.click(agent)
    expect(audio.calls).toEqual(['play:https://cos.example.com/agent.mp3'])
    await waitFor(() => expect(agent).toHaveTextContent('0″/12″'))
    audio.fire('time', 3.2)
    await waitFor(() => expect(agent).toHaveTextContent('3″/12″'))
    expect(fill(agent)).toBe('27%')
    // The own voice starts: the agent's stops and shows its length again.
    fireEvent.click(mine)
    expect(audio.calls).toEqual(['play:https://cos.example.com/agent.mp3', 'stop', 'play:wxfile://tmp/mine.mp3'])
    await waitFor(() => expect(mine).toHaveTextContent('0″/4″'))
    expect(agent).toHaveTextContent(/^▶12″$/)
    expect(fill(agent)).toBe('0%')
    audio.fire('time', 4)
    await waitFor(() => expect(fill(mine)).toBe('100%'))
    audio.fire('ended')
    await waitFor(() => expect(mine).toHaveTextContent(/^▶4″$/))
    // Tapping a playing voice stops it.
    fireEvent.click(agent)
    await waitFor(() => expect(agent).toHaveTextContent('0″/12″'))
    fireEvent.click(agent)
    await waitFor(() => expect(agent).toHaveTextContent(/^▶12″$/))
    expect(audio.calls.slice(-1)).toEqual(['stop'])
    expect(audio.created).toBe(1)
    unmount()
  })

  it('a playback error resets the bubble and says it cannot be played', async () => {
    const { unmount } = render(<Two />)
    const agent = await bubble(12)
    fireEvent.click(agent)
    await waitFor(() => expect(agent).toHaveTextContent('0″/12″'))
    audio.fire('error')
    await waitFor(() => expect(agent).toHaveTextContent(/^▶12″$/))
    expect(toasts).toEqual(['语音无法播放'])
    unmount()
  })

  it('a URL it may not load is never handed to the player', async () => {
    const { unmount } = render(<SoundBubble url='javascript:alert(1)' duration={2} t={t} />)
    fireEvent.click(await bubble(2))
    expect(audio.calls).toEqual([])
    expect(toasts).toEqual(['语音无法播放'])
    unmount()
  })

  it('leaving the screen stops the voice it plays', async () => {
    const { unmount } = render(<Two />)
    fireEvent.click(await bubble(4))
    unmount()
    expect(audio.calls).toEqual(['play:wxfile://tmp/mine.mp3', 'stop'])
  })
})
