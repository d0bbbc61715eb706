// A View that acts as a button, shared by the cards' Tap and the toolbar's Chip. Taro's H5 Button has
// no button role and heavy default styles, so: `role` for H5 (Taro turns `ariaRole` into a non-standard
// `aria-role` there), `ariaRole` for mini-programs that read it.
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ButtonViewProps {
  className: string
  label?: string
  /** aria-pressed: left out when undefined. */
  pressed?: boolean
  disabled?: boolean
  /** Undefined: the tap does nothing (the caller decides whether a disabled button still answers). */
  onClick?: () => void
  children: ReactNode
}

export function ButtonView({ className, label, pressed, disabled, onClick, children }: ButtonViewProps) {
  return (
    <View
      className={className}
      role='button'
      ariaRole='button'
      ariaLabel={label}
      aria-pressed={pressed === undefined ? undefined : String(pressed)}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={onClick}
    >
      {children}
    </View>
  )
}
