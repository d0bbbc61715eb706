// The list: a window of rows, and a pill (not a yank) for new messages while the user reads above.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MessageList } from '../../../src/customer-service/components/list/MessageList'
import { MAX_SPAN } from '../../../src/customer-service/components/list/window'
import { listItems, listProps } from '../../builders/list'

const items = listItems
const props = listProps

/** Fires a scroll on Taro's scroll-view with the given metrics (jsdom has no layout). */
function scrollTo(el: Element, scrollTop: number, scrollHeight: number) {
  Object.defineProperty(el, 'scrollTop', { value: scrollTop, configurable: true, writable: true })
  Object.defineProperty(el, 'scrollHeight', { value: scrollHeight, configurable: true })
  fireEvent.scroll(el)
}

describe('MessageList', () => {
  it('mounts a window, not the whole history', async () => {
    const list = items(2000)
    const { container } = render(<MessageList {...props(list)} />)
    await screen.findByText('消息 1999')
    const rows = container.querySelectorAll('[id^="cs-m-"]')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThanOrEqual(MAX_SPAN)
    expect(screen.queryByText('消息 0')).toBeNull()
  })

  it('while the user reads above, new messages show a pill; tapping it goes to the newest', async () => {
    const list = items(30)
    const { container, rerender } = render(<MessageList {...props(list)} />)
    await screen.findByText('消息 29')
    const scroller = await waitFor(() => {
      const el = container.querySelector('taro-scroll-view-core')
      if (!el) throw new Error('scroll view not rendered')
      return el
    })
    // At the bottom, then the user scrolls up: the distance to the bottom grows.
    scrollTo(scroller, 2000, 2600)
    scrollTo(scroller, 800, 2600)
    act(() => rerender(<MessageList {...props([...list, ...items(2, 30)])} />))
    const pill = await screen.findByRole('button', { name: '2 条新消息' })
    fireEvent.click(pill)
    await waitFor(() => expect(screen.queryByRole('button', { name: /条新消息/ })).toBeNull())
  })

  it('at the bottom, new messages do not raise the pill', async () => {
    const list = items(10)
    const { rerender } = render(<MessageList {...props(list)} />)
    await screen.findByText('消息 9')
    act(() => rerender(<MessageList {...props([...list, ...items(1, 10)])} />))
    await screen.findByText('消息 10')
    expect(screen.queryByRole('button', { name: /条新消息/ })).toBeNull()
  })

  it('asks for older history at the top and says when there is no more', async () => {
    const onLoadOlder = jest.fn()
    const { container, rerender } = render(<MessageList {...props(items(5), { historyCompleted: false, onLoadOlder })} />)
    await screen.findByText('消息 4')
    const scroller = container.querySelector('taro-scroll-view-core')!
    scrollTo(scroller, 0, 600)
    await waitFor(() => expect(onLoadOlder).toHaveBeenCalled())
    rerender(<MessageList {...props(items(5), { historyLoading: true, historyCompleted: false, onLoadOlder })} />)
    expect(await screen.findByText('加载中…')).toBeInTheDocument()
    rerender(<MessageList {...props(items(5), { historyCompleted: true, onLoadOlder })} />)
    expect(await screen.findByText('没有更多了')).toBeInTheDocument()
  })
})
