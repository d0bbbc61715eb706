import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Composer } from '../../../src/customer-service/components/composer/Composer'
import { EMOJI, lastStart } from '../../../src/customer-service/components/composer/emoji'
import type { Language } from '../../../src/customer-service/launch/types'
import { translator } from '../../../src/customer-service/i18n/strings'
import { typeInto } from '../../builders/taro-input'

const FAMILY = '👨‍👩‍👧'
const FLAG = '🇨🇳'
const KEY = 'cs-emoji-recent'

function Harness({ onSend = () => undefined, language = 'zh' }: { onSend?: (s: string) => void; language?: Language }) {
  const [draft, setDraft] = useState('')
  return <Composer draft={draft} t={translator(language)} onDraft={setDraft} onSend={onSend} onImage={() => undefined} />
}

const type = (text: string) => typeInto('请输入您的问题', text)
const open = async () => fireEvent.click(await screen.findByRole('button', { name: '表情' }))
const tap = (name: string) => fireEvent.click(within(screen.getByRole('group', { name: '所有表情' })).getByRole('button', { name }))
const recentRow = () => within(screen.getByRole('group', { name: '最近使用' })).getAllByRole('button').map((b) => b.textContent)
/** The draft as the input shows it once the controlled value has gone through. */
const shows = (native: HTMLInputElement, value: string) => waitFor(() => expect(native.value).toBe(value))

describe('Emoji panel in the composer', () => {
  it('opens from 😊, turns the button into the keyboard, and goes back to the focused input', async () => {
    render(<Harness />)
    const native = await type('你好')
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull()
    await open()
    expect(await screen.findByRole('group', { name: '所有表情' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '删除' })).toBeInTheDocument()
    const keyboard = screen.getByRole('button', { name: '键盘' })
    expect(keyboard).toHaveTextContent('⌨')
    fireEvent.click(keyboard)
    await waitFor(() => expect(screen.queryByRole('group', { name: '所有表情' })).toBeNull())
    expect(await screen.findByRole('button', { name: '表情' })).toHaveTextContent('😊')
    expect(document.activeElement).toBe(native)
  })

  it('closes when the user taps into the input again', async () => {
    render(<Harness />)
    const native = await type('x')
    await open()
    await screen.findByRole('group', { name: '所有表情' })
    fireEvent.focus(native)
    await waitFor(() => expect(screen.queryByRole('group', { name: '所有表情' })).toBeNull())
  })

  it('names its buttons in English', async () => {
    render(<Harness language='en' />)
    fireEvent.click(await screen.findByRole('button', { name: 'Emoji' }))
    expect(await screen.findByRole('group', { name: 'All emoji' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Keyboard' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument()
  })

  it('inserts at the caret in the middle of typed text, each emoji after the one before', async () => {
    render(<Harness />)
    const native = await type('Hello')
    native.focus()
    native.setSelectionRange(2, 2)
    await open()
    await screen.findByRole('group', { name: '所有表情' })
    tap('😀')
    await shows(native, 'He😀llo')
    tap('🎉')
    await shows(native, 'He😀🎉llo')
    // Back to the keyboard: the caret sits right after the inserted emoji.
    fireEvent.click(screen.getByRole('button', { name: '键盘' }))
    await waitFor(() => expect(native.selectionStart).toBe('He😀🎉'.length))
  })

  it('replaces a selected range', async () => {
    render(<Harness />)
    const native = await type('Hello')
    native.setSelectionRange(1, 4)
    await open()
    tap('👍')
    await shows(native, 'H👍o')
  })

  it('lists the recently used first, most recent first, without duplicates, also after a remount', async () => {
    const { unmount } = render(<Harness />)
    await type('')
    await open()
    expect(screen.queryByRole('group', { name: '最近使用' })).toBeNull()
    for (const e of ['😀', '🎉', '❤️', '😀']) tap(e)
    await waitFor(() => expect(recentRow()).toEqual(['😀', '❤️', '🎉']))
    unmount()
    render(<Harness />)
    await open()
    await waitFor(() => expect(recentRow()).toEqual(['😀', '❤️', '🎉']))
  })

  it('keeps at most 8 recent emoji', async () => {
    render(<Harness />)
    await open()
    await screen.findByRole('group', { name: '所有表情' })
    for (const e of EMOJI.slice(0, 10)) tap(e)
    await waitFor(() => expect(recentRow()).toEqual(EMOJI.slice(2, 10).reverse()))
  })

  it.each([
    ['not JSON at all', () => localStorage.setItem(KEY, '{{{')],
    ['a plain string', () => Taro.setStorageSync(KEY, 'hello')],
    ['an object', () => Taro.setStorageSync(KEY, JSON.stringify({ a: 1 }))],
    ['an array stored raw', () => Taro.setStorageSync(KEY, ['😀'])],
    ['numbers and strangers', () => Taro.setStorageSync(KEY, JSON.stringify([5, null, 'x'.repeat(999), '<b>']))]
  ])('ignores garbage in storage (%s)', async (_, put) => {
    put()
    render(<Harness />)
    await open()
    await screen.findByRole('group', { name: '所有表情' })
    expect(screen.queryByRole('group', { name: '最近使用' })).toBeNull()
    tap('🌹')
    await waitFor(() => expect(recentRow()).toEqual(['🌹']))
  })

  it('keeps only known emoji, once, from a tampered list', async () => {
    Taro.setStorageSync(KEY, JSON.stringify(['🎉', 'evil', '🎉', 7, '😀']))
    render(<Harness />)
    await open()
    await waitFor(() => expect(recentRow()).toEqual(['🎉', '😀']))
  })

  describe.each([
    ['with Intl.Segmenter', false],
    ['without Intl.Segmenter', true]
  ])('⌫ %s', (_, hide) => {
    const saved = (Intl as { Segmenter?: unknown }).Segmenter
    beforeEach(() => {
      if (hide) delete (Intl as { Segmenter?: unknown }).Segmenter
    })
    afterEach(() => {
      ;(Intl as { Segmenter?: unknown }).Segmenter = saved
    })

    it('removes a whole flag, then a whole ZWJ family, then a letter', async () => {
      expect(!!(Intl as { Segmenter?: unknown }).Segmenter).toBe(!hide)
      render(<Harness />)
      const native = await type(`a${FAMILY}${FLAG}`)
      await open()
      const erase = await screen.findByRole('button', { name: '删除' })
      fireEvent.click(erase)
      await shows(native, `a${FAMILY}`)
      fireEvent.click(erase)
      await shows(native, 'a')
      fireEvent.click(erase)
      await shows(native, '')
      fireEvent.click(erase)
      await shows(native, '')
    })

    it('removes the character before the caret, not the last one', async () => {
      render(<Harness />)
      const native = await type(`x👍🏽${FLAG}y`)
      native.setSelectionRange(`x👍🏽${FLAG}`.length, `x👍🏽${FLAG}`.length)
      await open()
      const erase = await screen.findByRole('button', { name: '删除' })
      fireEvent.click(erase)
      await shows(native, 'x👍🏽y')
      fireEvent.click(erase)
      await shows(native, 'xy')
    })

    it.each([
      ['', 0],
      ['ab', 1],
      ['a❤️', 1],
      ['a1️⃣', 1],
      [`${FLAG}${FLAG}${FLAG}`, 8],
      ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 0],
      ['e\u0301', 0],
      [`${FAMILY}👍🏽`, FAMILY.length]
    ])('finds where the last character of %j starts', (text, at) => {
      expect(lastStart(text)).toBe(at)
    })
  })

  it('sends with the panel open and clears the draft, the panel stays', async () => {
    const onSend = jest.fn()
    render(<Harness onSend={onSend} />)
    const native = await type('hi')
    await open()
    await screen.findByRole('group', { name: '所有表情' })
    tap('👍')
    await shows(native, 'hi👍')
    await act(async () => fireEvent.click(screen.getByText('发送')))
    expect(onSend).toHaveBeenCalledWith('hi👍')
    await shows(native, '')
    expect(screen.getByRole('group', { name: '所有表情' })).toBeInTheDocument()
    // The next emoji starts a new draft rather than landing at the old caret.
    tap('🙏')
    await shows(native, '🙏')
  })

  it('a keyboard drop still pending when the composer leaves is cancelled, not left to fire', async () => {
    const { unmount } = render(<Harness />)
    const native = await type('x')
    jest.useFakeTimers()
    try {
      // The keyboard goes down: its room is let go a moment later (150 ms) ...
      fireEvent.blur(native)
      expect(jest.getTimerCount()).toBeGreaterThan(0)
      // ... but the chat closes first.
      unmount()
      expect(jest.getTimerCount()).toBe(0)
    } finally {
      jest.useRealTimers()
    }
  })
})
