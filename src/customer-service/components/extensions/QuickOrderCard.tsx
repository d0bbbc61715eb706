// The order offered above the composer (Desk UIKit `bottomQuickOrder`): send it as an order card, or close it.
import { Image, Text, View } from '@tarojs/components'
import { memo, useRef, useState } from 'react'
import type { QuickOrder } from '../../launch/types'
import type { Translate } from '../../i18n/strings'
import { Chip } from './Chip'
import './extensions.scss'

export interface QuickOrderCardProps {
  order: QuickOrder
  t: Translate
  onSend(order: QuickOrder): void
  onClose(): void
}

export const QuickOrderCard = memo(function QuickOrderCard({ order, t, onSend, onClose }: QuickOrderCardProps) {
  const [broken, setBroken] = useState(false)
  // The parent hides (unmounts) the card after a send; until it does, a double tap must not send twice.
  const sent = useRef(false)
  const send = () => {
    if (sent.current) return
    sent.current = true
    onSend(order)
  }
  return (
    <View className='cs-quick-order'>
      <View className='cs-quick-order__head'>
        <Text className='cs-quick-order__caption'>{t('quickOrderTitle')}</Text>
        <Chip className='cs-quick-order__close' label={t('close')} onTap={onClose}>
          <Text>×</Text>
        </Chip>
      </View>
      <View className='cs-quick-order__body'>
        {order.pic && !broken ? <Image className='cs-quick-order__pic' src={order.pic} mode='aspectFill' onError={() => setBroken(true)} /> : null}
        <View className='cs-quick-order__info'>
          {order.header ? <Text className='cs-quick-order__header'>{order.header}</Text> : null}
          {order.desc ? <Text className='cs-quick-order__desc'>{order.desc}</Text> : null}
          {(order.customField ?? []).map((f, i) => (
            // Field names may repeat: position is the identity.
            <Text key={i} className='cs-quick-order__kv'>{`${f.name}: ${f.value}`}</Text>
          ))}
        </View>
        <Chip className='cs-quick-order__send' label={t('send')} onTap={send}>
          <Text>{t('send')}</Text>
        </Chip>
      </View>
    </View>
  )
})
