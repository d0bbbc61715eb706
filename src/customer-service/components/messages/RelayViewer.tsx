// A merged chat record, read-only: who said what, one line each, in the form sheet's styles. Inline records
// show at once; long ones (stored apart by the IM) are loaded through the session, with a retry on failure.
import { ScrollView, Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { ChatMessage } from '../../im/types'
import type { StringKey, Translate } from '../../i18n/strings'
import { decodeMessage } from '../../protocol'
import type { DeskView } from '../../protocol/types'
import { ButtonView } from '../ButtonView'
import { faceLabel } from './KindBubbles'
import { useSheetKeys } from './MessageMenu'
import './kinds.scss'

const LABELS: Partial<Record<DeskView['kind'], StringKey>> = { image: 'image', video: 'video', file: 'file', sound: 'voice', location: 'kindLocation', relay: 'kindRelay' }
const SILENT = ['typing', 'thinking', 'ratingSettings', 'botStatus', 'hidden']

/** One line for an inner message; undefined for what a chat never shows (signals, control messages). */
export function relaySummary(v: DeskView, t: Translate): string | undefined {
  if (v.kind === 'text' || v.kind === 'notice') return v.text?.slice(0, 200)
  if (v.kind === 'richText' || v.kind === 'stream') return v.markdown.slice(0, 200)
  if (v.kind === 'face') return faceLabel(v.data, t)
  const label = LABELS[v.kind]
  if (label) return `[${t(label)}]`
  return SILENT.includes(v.kind) ? undefined : t('kindUnsupported')
}

export interface RelayViewerProps {
  id: string
  title: string
  /** Inline inner messages; undefined: load them. */
  messages?: ChatMessage[]
  load(messageId: string): Promise<ChatMessage[]>
  t: Translate
  onClose(): void
}

export function RelayViewer({ id, title, messages, load, t, onClose }: RelayViewerProps) {
  const [state, setState] = useState<ChatMessage[] | 0 | 1>(messages || 0)
  const fetch = useCallback(() => {
    setState(0)
    load(id).then(setState, () => setState(1))
  }, [id, load])
  useEffect(() => {
    if (!messages) fetch()
  }, [messages, fetch])
  useSheetKeys('.cs-tools .cs-sheet__close', onClose)
  const name = title || t('kindRelay')
  const rows = state instanceof Array ? state.map((m) => [m.nick || m.from, relaySummary(decodeMessage(m), t)]).filter((r) => r[1] !== undefined) : []
  return (
    <View className='cs-sheet cs-tools' role='dialog' aria-modal='true' ariaLabel={name}>
      <View className='cs-sheet__mask' onClick={onClose} />
      <View className='cs-sheet__panel'>
        <View className='cs-sheet__head'>
          <Text className='cs-sheet__title'>{name}</Text>
          <ButtonView className='cs-sheet__close' label={t('close')} onClick={onClose}>
            ×
          </ButtonView>
        </View>
        <ScrollView className='cs-sheet__body' scrollY>
          {/* Loading, a failed load (a tap retries) or nothing readable: one line says which. */}
          {!rows.length && (
            <View className='cs-relay__state' role={state === 1 ? 'button' : 'status'} onClick={state === 1 ? fetch : undefined}>
              {t(state === 0 ? 'loadingHistory' : state === 1 ? 'relayFailed' : 'kindUnsupported')}
            </View>
          )}
          {rows.map(([who, line], i) => (
            <View key={i} className='cs-relay__row'>
              <Text className='cs-relay__who'>{who}</Text>
              <Text>{line}</Text>
            </View>
          ))}
        </ScrollView>
      </View>
    </View>
  )
}
