// Centered system lines: notices, recalled messages, time separators, typing/thinking.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { NoticeKind } from '../../protocol/types'
import type { StringKey, Translate } from '../../i18n/strings'

export const SystemLine = memo(function SystemLine({ text }: { text: string }) {
  return (
    <View className='cs-system'>
      <Text className='cs-system__text'>{text}</Text>
    </View>
  )
})

export function noticeText(notice: NoticeKind, text: string | undefined, t: Translate): string {
  return text || t(`notice_${notice}` as StringKey)
}

export const Indicator = memo(function Indicator({ label }: { label: string }) {
  return (
    <View className='cs-indicator' role='status' ariaLabel={label}>
      <Text className='cs-indicator__dots'>
        <Text className='cs-indicator__dot' />
        <Text className='cs-indicator__dot' />
        <Text className='cs-indicator__dot' />
      </Text>
      <Text className='cs-indicator__label'>{label}</Text>
    </View>
  )
})
