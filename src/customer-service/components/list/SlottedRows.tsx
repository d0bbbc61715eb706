// Mini-program rendering of the list window: rows live in fixed slots (see assignSlots) and CSS `order`
// puts them back in message order, so a new message while the window slides costs one row of setData
// instead of the whole window. H5 keeps plain keyed rows: the DOM patches removals cheaply there, and
// screen readers follow DOM order.
// On weapp the tree holds rows in slot order, not message order: only CSS `order` sets the visual order.
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useRef } from 'react'
import { assignSlots } from './window'

export interface WindowRow {
  id: string
  /** Position in the whole list: stays the same as newer messages arrive, so slots keep their style. */
  position: number
  node: ReactNode
}

export function SlottedRows({ rows }: { rows: WindowRow[] }) {
  const slots = useRef<(string | undefined)[]>([])
  // Deterministic for the same rows, so a repeated render (strict mode) assigns the same slots.
  slots.current = assignSlots(slots.current, rows.map((r) => r.id))
  const byId = new Map(rows.map((r) => [r.id, r]))
  return (
    <View className='cs-list__rows'>
      {slots.current.map((id, slot) => {
        const row = id === undefined ? undefined : byId.get(id)
        return (
          <View key={slot} style={row ? `order:${row.position}` : undefined}>
            {row?.node}
          </View>
        )
      })}
    </View>
  )
}
