// The Markdown component on the real Taro H5 components, and the throttle it uses while streaming.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { Markdown } from '../../../src/customer-service/components/markdown/Markdown'
import { useThrottledValue } from '../../../src/customer-service/components/markdown/use-throttled'

describe('Markdown', () => {
  it('renders the markdown with a cursor while streaming', async () => {
    const { container } = render(<Markdown markdown='**你好**' streaming />)
    expect(await screen.findByText('你好')).toBeInTheDocument()
    expect(screen.getByText('你好').tagName).toBe('STRONG')
    await waitFor(() => expect(container.querySelector('.cs-md__cursor')).not.toBeNull())
    expect(container.querySelector('.cs-md__cursor')?.getAttribute('aria-hidden')).toBe('true')
    expect(container.querySelector('.cs-md')).not.toBeNull()
  })

  it('has no cursor once the answer is complete, and shows the final text at once', async () => {
    const { container, rerender } = render(<Markdown markdown='第一' streaming />)
    expect(await screen.findByText('第一')).toBeInTheDocument()
    rerender(<Markdown markdown='第一段 *完*' />)
    expect(await screen.findByText('完')).toBeInTheDocument()
    expect(container.querySelector('.cs-md__cursor')).toBeNull()
  })
})

describe('useThrottledValue', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('updates at most once per interval while the value keeps changing, and ends on the latest value', () => {
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 100), { initialProps: { value: 0 } })
    const updates: { at: number; value: number }[] = []
    let shown = result.current
    // A new value every 10 ms for one second.
    for (let i = 1; i <= 100; i++) {
      act(() => jest.advanceTimersByTime(10))
      rerender({ value: i })
      if (result.current !== shown) {
        shown = result.current
        updates.push({ at: i * 10, value: shown })
      }
    }
    expect(result.current).not.toBe(100) // not yet: the last update was less than 100 ms ago
    act(() => jest.advanceTimersByTime(100))
    expect(result.current).toBe(100)
    expect(updates.length).toBeGreaterThanOrEqual(8)
    for (let i = 1; i < updates.length; i++) expect(updates[i].at - updates[i - 1].at).toBeGreaterThanOrEqual(100)
    expect(updates[0].at).toBeGreaterThanOrEqual(100) // the first render counts as an update
  })

  it('passes the value straight through with no interval', () => {
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 0), { initialProps: { value: 'a' } })
    rerender({ value: 'b' })
    expect(result.current).toBe('b')
  })

  it('clears its timer on unmount', () => {
    const { rerender, unmount } = renderHook(({ value }) => useThrottledValue(value, 100), { initialProps: { value: 'a' } })
    rerender({ value: 'b' })
    expect(jest.getTimerCount()).toBe(1)
    unmount()
    expect(jest.getTimerCount()).toBe(0)
  })
})
