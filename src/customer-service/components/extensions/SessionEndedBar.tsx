// #19 Shown when the customer ended a bot-only session on this device (no confirmed Desk message ends one):
// says so, and offers to start again (the confirmed start message, src 7).
import { Text, View } from '@tarojs/components'
import type { Translate } from '../../i18n/strings'
import { Chip } from './Chip'

export function SessionEndedBar({ t, onRestart }: { t: Translate; onRestart: () => void }) {
  return (
    <View className='cs-ended' role='status'>
      <Text className='cs-ended__text'>{t('notice_sessionEnded')}</Text>
      <Chip className='cs-toolbar__chip cs-ended__restart' label={t('restartSession')} onTap={onRestart}>
        <Text className='cs-toolbar__title'>{t('restartSession')}</Text>
      </Chip>
    </View>
  )
}
