// Quick buttons above the composer (Desk UIKit `toolbarButtonList`).
import { Image, ScrollView, Text } from '@tarojs/components'
import { memo, useState } from 'react'
import type { PresetId, ToolbarButton, UnconfirmedShape } from '../../launch/types'
import { allows } from '../../launch/transfer'
import type { StringKey, Translate } from '../../i18n/strings'
import { Chip } from './Chip'
import './extensions.scss'

export interface ToolbarProps {
  buttons: ToolbarButton[]
  phase: 'bot' | 'human' | 'ended'
  clientMayRequestRating?: boolean
  t: Translate
  /** #19 transfer presets pass their own target, when they have one. */
  onPreset(id: PresetId, options?: ToolbarButton['options']): void
  onSendText(text: string): void
  onOpenLink(url: string): void
  onDisabled(reason: string): void
  quickOrderHidden?: boolean
  onShowQuickOrder?(): void
  /** #19 the host's unconfirmedDeskShapes: presets with no confirmed message stay hidden without theirs. */
  unconfirmed?: UnconfirmedShape[]
}

// http(s) URLs, or mini-program paths: one leading slash only, since `//host` and `/\host` are
// protocol-relative in a web view. The launch parser already drops unsafe URLs; this is a backstop.
const OPENABLE = /^(https?:\/\/|\/(?![/\\]))[^\s\\]*$/i

/** Why a preset cannot act in this session state, or undefined when it can. */
function presetBlock(id: PresetId | undefined, p: Pick<ToolbarProps, 'phase' | 'clientMayRequestRating'>): StringKey | undefined {
  if ((id === 'humanService' || id === 'transferToHuman' || id === 'transferToTaskFlow' || id === 'botRating') && p.phase === 'human') return 'toolbarHumanActive'
  if (id === 'endBotService' && p.phase !== 'bot') return 'toolbarNoBotSession'
  if (id === 'endHumanService' && p.phase !== 'human') return 'toolbarNoAgent'
  // Undefined means the desk has not said: allow, and let the desk answer.
  if (id === 'serviceRating' && p.clientMayRequestRating === false) return 'toolbarRatingOff'
  return undefined
}

function Icon({ src }: { src: string }) {
  // A broken icon would leave a gap before the title: drop it.
  const [broken, setBroken] = useState(false)
  return broken ? null : <Image className='cs-toolbar__icon' src={src} mode='aspectFit' onError={() => setBroken(true)} />
}

export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  const { buttons, t, onPreset, onSendText, onOpenLink, onDisabled, quickOrderHidden, onShowQuickOrder } = props
  const hidden = (b: ToolbarButton) =>
    (b.presetId === 'transferToTaskFlow' && !allows(props.unconfirmed, 'transfer')) || (b.presetId === 'botRating' && !allows(props.unconfirmed, 'botSession'))
  const shown = buttons.filter((b) => b.isEnabled === 1 && !(b.isPreset === 1 && hidden(b)))
  const showOrder = Boolean(quickOrderHidden && onShowQuickOrder)
  if (!shown.length && !showOrder) return null

  const tap = (b: ToolbarButton, blocked: StringKey | undefined) => {
    const content = b.content ?? ''
    if (blocked) onDisabled(t(blocked))
    else if (b.isPreset === 1) {
      if (b.presetId && b.options) onPreset(b.presetId, b.options)
      else if (b.presetId) onPreset(b.presetId)
    } else if (b.type === 1) {
      if (content) onSendText(content)
    } else if (OPENABLE.test(content)) onOpenLink(content)
    else onDisabled(t('toolbarBadLink'))
  }

  return (
    <ScrollView className='cs-toolbar' scrollX enableFlex showScrollbar={false}>
      {shown.map((b, i) => {
        const blocked = b.isPreset === 1 ? presetBlock(b.presetId, props) : undefined
        return (
          // Titles may repeat: position is the identity.
          <Chip key={i} className={`cs-toolbar__chip${blocked ? ' cs-toolbar__chip--disabled' : ''}`} label={b.title} disabled={!!blocked} onTap={() => tap(b, blocked)}>
            {b.icon ? <Icon src={b.icon} /> : null}
            <Text className='cs-toolbar__title'>{b.title}</Text>
          </Chip>
        )
      })}
      {showOrder && onShowQuickOrder ? (
        <Chip className='cs-toolbar__chip' label={t('quickOrderShow')} onTap={onShowQuickOrder}>
          <Text className='cs-toolbar__title'>{t('quickOrderShow')}</Text>
        </Chip>
      ) : null}
    </ScrollView>
  )
})
