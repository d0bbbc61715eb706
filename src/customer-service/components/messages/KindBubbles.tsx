// Location, face (sticker) and merged chat-record messages. No image assets: stickers are shown by name.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Translate } from '../../i18n/strings'
import './kinds.scss'

/** The map opens on weapp only: H5 has no map without a map-service key (Taro's H5 openLocation needs WeChat's JSSDK). */
const MAPS = process.env.TARO_ENV !== 'h5'

export function LocationBubble({ description, latitude, longitude, t }: { description: string; latitude: number; longitude: number; t: Translate }) {
  const label = description.trim() || t('kindLocation')
  // 0, 0 is the decoder's "no coordinates" (the SDK's default too): nothing to open.
  const open = MAPS && (latitude || longitude) ? () => void Taro.openLocation({ latitude, longitude, name: description }).catch(() => undefined) : undefined
  return (
    <View className='cs-text' onClick={open} role={open ? 'button' : undefined} ariaLabel={`${t('kindLocation')}: ${label}`}>
      📍 {label}
    </View>
  )
}

/**
 * Tencent's kits draw a sticker from an image pack by `data` (a file key such as "yz00", or a bracketed name
 * such as "[TUIEmoji_Smile]"). Without those assets a bracketed name reads well ("[Smile]"); a file key does not.
 */
export function faceLabel(data: string, t: Translate): string {
  const name = /^\[(?:TUIEmoji_)?([^[\]]{1,24})\]$/.exec(data.trim())?.[1]
  return `[${name || t('kindFace')}]`
}

export function FaceBubble({ data, t }: { data: string; t: Translate }) {
  return <Text>{faceLabel(data, t)}</Text>
}

export function RelayBubble(props: { title: string; abstracts: string[]; t: Translate; onOpen?: () => void }) {
  const { title, abstracts, t, onOpen } = props
  return (
    <View className='cs-relay' onClick={onOpen} role='button' ariaLabel={`${t('kindRelay')}: ${title}`}>
      <Text className='cs-relay__title'>{title || t('kindRelay')}</Text>
      {abstracts.map((line, i) => (
        <Text key={i} className='cs-relay__line'>
          {line}
        </Text>
      ))}
      <Text className='cs-relay__label'>{t('kindRelay')}</Text>
    </View>
  )
}
