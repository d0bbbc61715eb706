// Mini-program row recycling: a sliding window changes one slot, never the others, and never removes one.
import { render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { SlottedRows } from '../../../src/customer-service/components/list/SlottedRows'
import type { WindowRow } from '../../../src/customer-service/components/list/SlottedRows'
import { assignSlots, MAX_SPAN, WINDOW } from '../../../src/customer-service/components/list/window'

const span = (from: number, n: number) => Array.from({ length: n }, (_, i) => `m${from + i}`)

describe('assignSlots', () => {
  it('fills slots in order, then gives the row that left to the one that came', () => {
    const first = assignSlots([], span(0, 3))
    expect(first).toEqual(['m0', 'm1', 'm2'])
    expect(assignSlots(first, span(1, 3))).toEqual(['m3', 'm1', 'm2'])
  })

  it('keeps every staying row in its slot and never shrinks', () => {
    let slots: (string | undefined)[] = []
    for (let from = 0; from < 200; from++) {
      const ids = span(from, WINDOW)
      const next = assignSlots(slots, ids)
      slots.forEach((id, s) => {
        if (id !== undefined && ids.includes(id)) expect(next[s]).toBe(id)
      })
      expect(next.length).toBeGreaterThanOrEqual(slots.length)
      expect(new Set(next.filter(Boolean))).toEqual(new Set(ids))
      slots = next
    }
    expect(slots).toHaveLength(WINDOW)
  })

  it('stays bounded by the largest window when it grows and compacts', () => {
    let slots = assignSlots([], span(0, MAX_SPAN))
    slots = assignSlots(slots, span(MAX_SPAN - WINDOW, WINDOW))
    expect(slots.filter(Boolean)).toHaveLength(WINDOW)
    slots = assignSlots(slots, span(10, MAX_SPAN))
    expect(slots).toHaveLength(MAX_SPAN)
  })
})

describe('SlottedRows', () => {
  const rows = (from: number, n: number): WindowRow[] =>
    span(from, n).map((id, i) => ({ id, position: from + i, node: <Text key={id}>{id}</Text> }))

  it('slides the window by reusing the slot of the row that left; other rows keep their nodes and order', async () => {
    const { container, rerender } = render(<SlottedRows rows={rows(0, 4)} />)
    const kept = await screen.findByText('m2')
    rerender(<SlottedRows rows={rows(1, 4)} />)
    await screen.findByText('m4')
    expect(screen.queryByText('m0')).toBeNull()
    expect(screen.getByText('m2')).toBe(kept)
    const slots = Array.from(container.querySelector('.cs-list__rows')?.children ?? []) as HTMLElement[]
    expect(slots).toHaveLength(4)
    // m4 took slot 0; its order puts it after m3.
    expect(slots[0].textContent).toBe('m4')
    expect(slots.map((s) => s.style.order)).toEqual(['4', '1', '2', '3'])
  })
})
