// Video message, H5 (and tests): the browser's own player inline.
// The weapp build picks VideoBubble.weapp.tsx instead (Taro resolves *.weapp.tsx first).
import { Video } from '@tarojs/components'
import { memo } from 'react'
import type { Translate } from '../../i18n/strings'
import { safeMediaUrl } from '../markdown/safe-url'

export const VideoBubble = memo(function VideoBubble({ url, coverUrl }: { url: string; coverUrl?: string; t: Translate }) {
  return <Video className='cs-video' src={safeMediaUrl(url) || ''} poster={safeMediaUrl(coverUrl)} controls objectFit='contain' />
})
