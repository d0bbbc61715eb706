// Full-screen states: kicked out (with the reason and 重新连接) and a fatal login failure.
import { Button, Text, View } from '@tarojs/components'
import type { KickReason, ChatError } from '../../im/types'
import type { StringKey, Translate } from '../../i18n/strings'

export function KickedScreen({ reason, t, onReconnect }: { reason: KickReason; t: Translate; onReconnect: () => void }) {
  return (
    <View className='cs-theme cs-overlay' role='alert'>
      <Text className='cs-overlay__title'>{t('kickedTitle')}</Text>
      <Text className='cs-overlay__body'>{t(`kicked_${reason}` as StringKey)}</Text>
      <Button className='cs-overlay__action' onClick={onReconnect}>
        {t('reconnect')}
      </Button>
    </View>
  )
}

export function FatalScreen({ error, t, onRetry }: { error: ChatError; t: Translate; onRetry: () => void }) {
  return (
    <View className='cs-theme cs-overlay' role='alert'>
      <Text className='cs-overlay__title'>{t('fatalTitle')}</Text>
      <Text className='cs-overlay__body'>{t(`err_${error.reason}` as StringKey)}</Text>
      {error.retryable && (
        <Button className='cs-overlay__action' onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </View>
  )
}
