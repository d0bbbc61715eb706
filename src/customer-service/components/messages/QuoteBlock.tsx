// The quote inside a text bubble: who and what was quoted, in one or two lines. A tap asks the list to show the
// original; a recalled original says so instead. A message without a (well-formed) quote shows no block.
import { Text, View } from '@tarojs/components'
import type { Translate } from '../../i18n/strings'
import { quoteOf } from '../../protocol/quote'
import type { ListItem } from '../../store/state'

/** The quote a text message carries, if any (only texts show one, as in every kit). */
export const quoteIn = (item: ListItem) => (item.view.kind === 'text' && item.cloudCustomData?.includes('messageReply') ? quoteOf(item.cloudCustomData) : undefined)

export interface QuoteBlockProps {
  item: ListItem
  /** The original is loaded and was recalled. */
  revoked?: boolean
  t: Translate
  onTap?: (messageId: string) => void
}

export function QuoteBlock({ item, revoked, t, onTap }: QuoteBlockProps) {
  const q = quoteIn(item)
  if (!q) return null
  if (revoked) return <Text className='cs-quote'>{t('quoteRevoked')}</Text>
  const labels = t('quoteTypes').split('|')
  return (
    <View className='cs-quote' role='button' onClick={() => onTap?.(q.id)}>
      {q.sender && <Text className='cs-quote__sender'>{q.sender}</Text>}
      <Text>{q.abstract || labels[q.type] || labels[0]}</Text>
    </View>
  )
}
