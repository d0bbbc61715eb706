// Video message, weapp: the cover with a play mark; a tap plays it full screen with WeChat's
// own media viewer, as WeChat chats do. Not using <video> here keeps its template (2.3 KB) out of
// the main package's base.wxml, where Taro puts the templates of every component an app uses.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo } from 'react'
import type { Translate } from '../../i18n/strings'
import { safeMediaUrl } from '../markdown/safe-url'

export const VideoBubble = memo(function VideoBubble({ url, coverUrl, t }: { url: string; coverUrl?: string; t: Translate }) {
  const src = safeMediaUrl(url)
  const poster = safeMediaUrl(coverUrl)
  const play = () => {
    if (src) Taro.previewMedia({ sources: [{ url: src, type: 'video', poster }] }).catch(() => undefined)
  }
  return (
    <View className='cs-video cs-video--cover' onClick={play} role='button' ariaLabel={t('video')}>
      {poster && <Image className='cs-video__poster' src={poster} mode='aspectFill' />}
      <Text className='cs-video__play'>▶</Text>
    </View>
  )
})
