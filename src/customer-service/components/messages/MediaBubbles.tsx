// Image and file messages (video: VideoBubble.tsx, one file per platform; voice: SoundBubble.tsx).
import { Image, Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { Translate } from '../../i18n/strings'
import { safeMediaUrl } from '../markdown/safe-url'

export const ImageBubble = memo(function ImageBubble(props: { url: string; thumbUrl?: string; width?: number; height?: number; progress?: number; sending: boolean; t: Translate; onPreview: (url: string) => void }) {
  const { url, thumbUrl, width, height, progress, sending, t, onPreview } = props
  // Keep the aspect ratio within a 200 × 240 box so the list does not jump when the image loads.
  const w = width && height ? Math.min(200, (width * 240) / height) : 160
  const h = width && height ? Math.min(240, (height * 200) / width) : 160
  return (
    <View className='cs-image' style={{ width: `${w}px`, height: `${h}px` }} onClick={() => onPreview(url)} role='button' ariaLabel={t('image')}>
      <Image className='cs-image__img' src={safeMediaUrl(thumbUrl) || safeMediaUrl(url) || ''} mode='aspectFill' lazyLoad />
      {sending && progress !== undefined && progress < 1 && (
        <View className='cs-image__progress'>
          {t('uploading')} {Math.round(progress * 100)}%
        </View>
      )}
    </View>
  )
})

function formatSize(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

export const FileBubble = memo(function FileBubble({ name, size, url, t, onOpen }: { name: string; size: number; url: string; t: Translate; onOpen: (url: string) => void }) {
  return (
    <View className='cs-file' onClick={() => onOpen(url)} role='button' ariaLabel={`${t('file')} ${name}`}>
      <Text className='cs-file__icon'>📄</Text>
      <View className='cs-file__info'>
        <Text className='cs-file__name'>{name || t('file')}</Text>
        <Text className='cs-file__size'>{formatSize(size)}</Text>
      </View>
    </View>
  )
})
