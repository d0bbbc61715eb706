// Building blocks shared by the cards: a tappable View, a list of answer options, the answer-once hook.
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { DeskView, DeskViewKind, MenuItem } from '../../protocol/types'
import type { RendererProps } from '../messages/types'
import { ButtonView } from '../ButtonView'

export type ViewOf<K extends DeskViewKind> = Extract<DeskView, { kind: K }>
export type CardProps<K extends DeskViewKind> = RendererProps<ViewOf<K>>

interface TapProps {
  /** BEM element class; `--selected` / `--disabled` modifiers are derived from it. */
  block: string
  className?: string
  /** Announced as pressed (aria-pressed). */
  selected?: boolean
  /** Drawn as selected without being announced as pressed (the stars below the chosen one). */
  lit?: boolean
  disabled?: boolean
  /** Accessible name when the visible content is not one (a star). */
  label?: string
  onTap: () => void
  children: ReactNode
}

/** A button-like View for cards: modifiers from `block`, and no handler while disabled. */
export function Tap({ block, className, selected, lit = selected, disabled, label, onTap, children }: TapProps) {
  const cls = [block, className, lit && `${block}--selected`, disabled && `${block}--disabled`].filter(Boolean).join(' ')
  return (
    <ButtonView className={cls} label={label} pressed={selected || undefined} disabled={disabled} onClick={disabled ? undefined : onTap}>
      {children}
    </ButtonView>
  )
}

interface OptionsProps {
  items: MenuItem[]
  chosen?: string
  disabled: boolean
  /** Full-width rows (with descriptions) instead of wrapping chips. */
  rows?: boolean
  onPick: (item: MenuItem) => void
  /** #19 link options (CardActions.openOptionLink): opened, not answered, so they never use up the card. */
  onLink?: (url: string) => void
}

export function Options({ items, chosen, disabled, rows, onPick, onLink }: OptionsProps) {
  return (
    <View className={`cs-card__options${rows ? ' cs-card__options--rows' : ''}`}>
      {items.map((m, i) => {
        const link = onLink && m.url
        return (
          // Desk items have no ids and their texts may repeat: position is the identity.
          <Tap
            key={i}
            block='cs-card__option'
            className={link ? 'cs-card__option--link' : undefined}
            selected={m.content === chosen}
            disabled={disabled && !link}
            onTap={() => (link ? onLink(link) : onPick(m))}
          >
            <Text className='cs-card__option-text'>{link ? `${m.content} ↗` : m.content}</Text>
            {m.desc ? <Text className='cs-card__option-desc'>{m.desc}</Text> : null}
          </Tap>
        )
      })}
    </View>
  )
}

/**
 * The answer of a card that is answered once by a tap: `known` (the session's answer or the desk's
 * selection) wins; until it arrives, the first tap is kept locally so a second tap sends nothing.
 */
export function useAnswer(known: string | undefined, send: (item: MenuItem) => void) {
  const [picked, setPicked] = useState<string>()
  const once = useRef(false)
  const chosen = known ?? picked
  const pick = (item: MenuItem) => {
    if (chosen !== undefined || once.current) return
    once.current = true
    setPicked(item.content)
    send(item)
  }
  return { chosen, pick }
}
