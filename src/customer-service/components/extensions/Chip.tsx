// A toolbar chip: like the cards' Tap, except that a disabled chip stays tappable — the toolbar
// explains *why* it cannot act instead of silently ignoring the tap.
import type { ReactNode } from 'react'
import { ButtonView } from '../ButtonView'

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
    <ButtonView className={className} label={label} pressed={pressed} disabled={disabled} onClick={onTap}>
      {children}
    </ButtonView>
  )
}
