// The real MessageList as the weapp build renders it: rows in recycled slots, CSS `order` for message order.
// Every other jest file runs the H5 path (setup sets TARO_ENV='h5'), so this is where the slotted path with the
// window, history and arrivals together is covered.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
// Loaded here, under the H5 env the shared setup chose: Taro's runtime reads TARO_ENV when it loads.
import '@tarojs/components'
import '@tarojs/taro'
import type * as ListModule from '../../../src/customer-service/components/list/MessageList'
import { anchorId, WINDOW } from '../../../src/customer-service/components/list/window'
import type { ListItem } from '../../../src/customer-service/store/state'
import { listItems, listProps } from '../../builders/list'

/**
 * MessageList decides SLOTTED from TARO_ENV when its module loads, so it is required (not imported) with the
 * weapp env in place, then the env is put back. Jest gives each test file its own module registry, and the
 * modules above are already loaded, so only our list code sees 'weapp'. (jest.isolateModules would also load
 * a second React next to the one @testing-library renders with.)
 */
function loadWeappList(): typeof ListModule {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    return require('../../../src/customer-service/components/list/MessageList')
  } finally {
    process.env.TARO_ENV = env
  }
}
const { MessageList } = loadWeappList()

const items = listItems
const props = listProps

/** The slot elements, in tree order. Failing here means the H5 path rendered: the env switch did not take. */
function slots(container: HTMLElement): HTMLElement[] {
  const box = container.querySelector('.cs-list__rows')
  if (!box) throw new Error('no .cs-list__rows: MessageList was not loaded as the weapp build')
  return Array.from(box.children) as HTMLElement[]
}

const numberOf = (el: Element) => Number(/消息 (\d+)/.exec(el.textContent ?? '')?.[1])

/** Message numbers as the user sees them: occupied slots sorted by their CSS `order`. */
function visualOrder(container: HTMLElement): number[] {
  return slots(container)
    .filter((s) => s.style.order !== '')
    .sort((a, b) => Number(a.style.order) - Number(b.style.order))
    .map(numberOf)
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const rowOf = (container: HTMLElement, m: ListItem) => container.querySelector(`#${anchorId(m.id)}`)

describe('MessageList on weapp (slotted rows)', () => {
  it('keeps messages in order as new ones slide the window, reusing the freed slot and keeping the other rows', async () => {
    let list = items(30)
    const { container, rerender } = render(<MessageList {...props(list)} />)
    await screen.findByText('消息 29')
    expect(visualOrder(container)).toEqual(range(30 - WINDOW, 29))

    // The oldest mounted row leaves when a message arrives: its slot is the one the new message should take.
    const leavingSlot = slots(container).find((s) => numberOf(s) === 30 - WINDOW)!
    const kept = rowOf(container, list[20])
    expect(kept).not.toBeNull()

    for (let k = 30; k < 35; k++) {
      list = [...list, ...items(1, k)]
      act(() => rerender(<MessageList {...props(list)} />))
      await screen.findByText(`消息 ${k}`)
      expect(visualOrder(container)).toEqual(range(k + 1 - WINDOW, k))
    }

    // The tree order is the slot order, not message order: without `order` the user would see them shuffled.
    const treeOrder = slots(container).map(numberOf)
    expect(treeOrder).not.toEqual([...treeOrder].sort((a, b) => a - b))
    // Cost: no slot added or removed, the first arrival went into the freed slot, an unchanged row was not re-created.
    expect(slots(container)).toHaveLength(WINDOW)
    expect(numberOf(leavingSlot)).toBe(30)
    expect(leavingSlot.isConnected).toBe(true)
    expect(rowOf(container, list[20])).toBe(kept)
    expect(kept!.isConnected).toBe(true)
  })

  it('keeps messages in order after older history loads at the top', async () => {
    const onLoadOlder = jest.fn()
    const newer = items(20, 100)
    const { container, rerender } = render(<MessageList {...props(newer, { historyCompleted: false, onLoadOlder })} />)
    await screen.findByText('消息 119')
    const kept = rowOf(container, newer[10])

    const scroller = container.querySelector('taro-scroll-view-core')!
    Object.defineProperty(scroller, 'scrollTop', { value: 0, configurable: true, writable: true })
    Object.defineProperty(scroller, 'scrollHeight', { value: 600, configurable: true })
    fireEvent.scroll(scroller)
    await waitFor(() => expect(onLoadOlder).toHaveBeenCalled())

    rerender(<MessageList {...props(newer, { historyLoading: true, historyCompleted: false, onLoadOlder })} />)
    const withHistory = [...items(30, 70), ...newer]
    act(() => rerender(<MessageList {...props(withHistory, { historyCompleted: false, onLoadOlder })} />))

    // Half a window of the older page is revealed above the message the user was reading (消息 100).
    await screen.findByText(`消息 ${100 - WINDOW / 2}`)
    expect(visualOrder(container)).toEqual(range(100 - WINDOW / 2, 119))
    // Every position moved by 30, yet the rows that stayed mounted kept their nodes.
    expect(rowOf(container, newer[10])).toBe(kept)
    expect(kept!.isConnected).toBe(true)
  })
})
