// A View acting as a button, like cards/parts Tap, except that a disabled chip stays tappable:
// the toolbar explains *why* it cannot act instead of silently ignoring the tap.
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ChipProps {
  className: string
  label: string
  disabled?: boolean
  pressed?: boolean
  onTap: () => void
  children: ReactNode
}

export function Chip({ className, label, disabled, pressed, onTap, children }: ChipProps) {
  return (
    <View
      className={className}
      role='button'
      ariaRole='button'
      ariaLabel={label}
      aria-disabled={disabled ? 'true' : undefined}
      aria-pressed={pressed === undefined ? undefined : String(pressed)}
      onClick={onTap}
    >
      {children}
    </View>
  )
}
