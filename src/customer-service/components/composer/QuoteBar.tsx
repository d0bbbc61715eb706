// Above the input while a quote is pending: who and what the next text quotes, and ✕ to cancel it.
import { Text, View } from '@tarojs/components'
import type { Translate } from '../../i18n/strings'

export function QuoteBar({ sender, text, t, onCancel }: { sender: string; text: string; t: Translate; onCancel?: () => void }) {
  return (
    <View className='cs-quote-bar'>
      <Text className='cs-quote-bar__text'>
        {sender ? `${sender}${t('quoteSenderSep')}` : ''}
        {text}
      </Text>
      <View className='cs-quote-bar__cancel' role='button' ariaLabel={t('cancelQuote')} onClick={onCancel}>
        ✕
      </View>
    </View>
  )
}
