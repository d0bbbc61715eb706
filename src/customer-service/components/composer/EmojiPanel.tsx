// The emoji panel in the keyboard's place: recently used first, then all of them, and ⌫ that removes
// the whole character before the caret. It scrolls inside its own fixed height.
import { View } from '@tarojs/components'
import type { Translate } from '../../i18n/strings'
import { EMOJI } from './emoji'

export interface EmojiPanelProps {
  t: Translate
  recent: string[]
  /** Pixels: the keyboard's last height, so the list above stays where it was (0: not known, CSS decides). */
  height: number
  onPick: (emoji: string) => void
  onErase: () => void
}

export function EmojiPanel({ t, recent, height, onPick, onErase }: EmojiPanelProps) {
  const group = (title: string, list: string[]) => (
    <View className='cs-emoji__group' role='group' ariaLabel={title}>
      <View className='cs-emoji__title'>{title}</View>
      {list.map((e) => (
        <View key={e} className='cs-emoji__key' role='button' onClick={() => onPick(e)}>
          {e}
        </View>
      ))}
    </View>
  )
  return (
    <View className='cs-emoji' style={height ? { height: `${height}px` } : undefined}>
      <View className='cs-emoji__scroll'>
        {recent.length > 0 && group(t('emojiRecent'), recent)}
        {group(t('emojiAll'), EMOJI)}
      </View>
      <View className='cs-emoji__erase' role='button' ariaLabel={t('emojiErase')} onClick={onErase}>
        ⌫
      </View>
    </View>
  )
}
