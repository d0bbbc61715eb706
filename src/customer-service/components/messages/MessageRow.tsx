// One row of the list: avatar and name, the bubble for the message kind, send status, AI note and
// feedback. Memoised: a streaming update re-renders only the row whose item changed.
import { Image, Text, View } from '@tarojs/components'
import { memo, useState } from 'react'
import { senderOf } from '../../protocol/sender'
import { isCached } from '../../store/open-cache'
import type { ListItem } from '../../store/state'
import { renderCard } from '../cards'
import { Markdown } from '../markdown/Markdown'
import { safeMediaUrl } from '../markdown/safe-url'
import { FileBubble, ImageBubble } from './MediaBubbles'
import { SoundBubble } from './SoundBubble'
import { FaceBubble, LocationBubble, RelayBubble } from './KindBubbles'
import { VideoBubble } from './VideoBubble'
import { noticeText, SystemLine } from './Notices'
import { TextBubble } from './TextBubble'
import { QuoteBlock } from './QuoteBlock'
import type { RendererProps } from './types'

export interface RowProps extends RendererProps {
  self: { nick?: string; avatar?: string }
  showAINote: boolean
  showFeedback: boolean
  onResend: (id: string) => void
  onLongPress: (item: ListItem) => void
  /** A tap on a chat record: the screen opens its viewer. */
  onOpenRelay?: (item: ListItem) => void
  /** The quoted original is loaded and recalled (QuoteBlock says so). */
  quoteRevoked?: boolean
  /** A tap on a quote block: the list shows the original. */
  onQuoteTap?: (messageId: string) => void
}

function Avatar({ url: raw, name }: { url?: string; name: string }) {
  // Agent avatars come from the network: only a clean http(s) image that loads, else the initial.
  const url = safeMediaUrl(raw)
  const [broken, setBroken] = useState<string>()
  if (url && broken !== url) return <Image className='cs-avatar' src={url} mode='aspectFill' ariaLabel={name} onError={() => setBroken(url)} />
  return (
    <View className='cs-avatar cs-avatar--initial' ariaLabel={name}>
      {[...name][0] || '?'}
    </View>
  )
}

function Content(props: RowProps) {
  const { item, t, actions } = props
  const v = item.view
  switch (v.kind) {
    case 'text':
      return (
        <>
          <QuoteBlock item={item} revoked={props.quoteRevoked} t={t} onTap={props.onQuoteTap} />
          <TextBubble text={v.text} onLink={actions.openLink} />
        </>
      )
    case 'image':
      return <ImageBubble {...v} progress={item.progress} sending={item.status === 'sending'} t={t} onPreview={actions.previewImage} />
    case 'video':
      return <VideoBubble url={v.url} coverUrl={v.coverUrl} t={t} />
    case 'file':
      return <FileBubble name={v.name} size={v.size} url={v.url} t={t} onOpen={actions.openLink} />
    case 'sound':
      return <SoundBubble url={v.url} duration={v.duration} t={t} />
    case 'richText':
      return <Markdown markdown={v.markdown} />
    case 'stream':
      return <Markdown markdown={v.markdown} streaming={!v.finished} />
    case 'location':
      return <LocationBubble {...v} t={t} />
    case 'face':
      return <FaceBubble data={v.data} t={t} />
    case 'relay':
      return <RelayBubble title={v.title} abstracts={v.abstracts} t={t} onOpen={() => props.onOpenRelay?.(item)} />
    default:
      return renderCard(props)
  }
}

const BUBBLE_KINDS = new Set(['text', 'richText', 'stream', 'location', 'face'])
const H5 = process.env.TARO_ENV === 'h5'

/**
 * H5: Taro's longpress is touch-only, so a mouse (right-click) and a keyboard (a focusable bubble, then Shift+F10
 * or the menu key) open the same menu. Mini-programs get none of this.
 */
const menuOpeners = (open: () => void) => ({
  tabIndex: 0,
  onContextMenu: (e: Event) => {
    e.preventDefault()
    open()
  },
  onKeyDown: (e: KeyboardEvent) => {
    if (e.key !== 'ContextMenu' && !(e.shiftKey && e.key === 'F10')) return
    e.preventDefault()
    open()
  }
})
const AI_KINDS = new Set(['richText', 'stream'])

export const MessageRow = memo(function MessageRow(props: RowProps) {
  const { item, t, self, showAINote, showFeedback, actions, onResend, onLongPress } = props
  const v = item.view
  if (item.isRevoked) return <SystemLine text={item.flow === 'out' ? t('revokedMine') : t('revokedOther')} />
  if (v.kind === 'notice') return <SystemLine text={noticeText(v.notice, v.text, t)} />
  if (v.kind === 'unsupported') return <SystemLine text={t('kindUnsupported')} />
  const mine = item.flow === 'out'
  // The desk marks the bot's messages role 'robot' and a human agent's role 'seat'; their own nick wins.
  const seat = !mine && senderOf(item.cloudCustomData).role === 'seat'
  const name = mine ? self.nick || t('me') : item.nick || t(seat ? 'agent' : 'bot')
  // A human agent's markdown is not AI content: no AI note, no 👍/👎.
  const ai = !mine && !seat && AI_KINDS.has(v.kind)
  const finished = v.kind !== 'stream' || v.finished
  return (
    <View className={`cs-row cs-row--${mine ? 'out' : 'in'}${isCached(item) ? ' cs-row--cached' : ''}`}>
      <Avatar url={mine ? self.avatar : item.avatar} name={name} />
      <View className='cs-row__main'>
        {!mine && <Text className='cs-row__name'>{name}</Text>}
        <View className='cs-row__line'>
          {mine && item.status === 'failed' && (
            <View className='cs-row__failed' onClick={() => onResend(item.id)} role='button' ariaLabel={`${t('failed')}，${t('resend')}`}>
              !
            </View>
          )}
          {mine && item.status === 'sending' && <View className='cs-row__sending' ariaLabel={t('sending')} />}
          <View className={BUBBLE_KINDS.has(v.kind) ? 'cs-bubble' : 'cs-row__card'} onLongPress={() => onLongPress(item)} {...(H5 ? menuOpeners(() => onLongPress(item)) : {})}>
            <Content {...props} />
          </View>
        </View>
        {v.kind === 'stream' && v.interrupted && <Text className='cs-row__interrupted'>{t('streamInterrupted')}</Text>}
        {ai && finished && (showAINote || showFeedback) && (
          <View className='cs-row__ai'>
            {showAINote && <Text className='cs-row__ai-note'>{t('aiNote')}</Text>}
            {showFeedback && (
              <View className='cs-row__feedback'>
                <View className={`cs-row__thumb${props.answer === 'fb:up' ? ' cs-row__thumb--on' : ''}`} onClick={() => actions.feedback(item.id, true)} role='button' ariaLabel={t('helpful')}>
                  👍
                </View>
                <View className={`cs-row__thumb${props.answer === 'fb:down' ? ' cs-row__thumb--on' : ''}`} onClick={() => actions.feedback(item.id, false)} role='button' ariaLabel={t('notHelpful')}>
                  👎
                </View>
              </View>
            )}
          </View>
        )}
      </View>
    </View>
  )
})
