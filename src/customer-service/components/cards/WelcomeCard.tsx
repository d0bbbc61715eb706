// Desk src 29: welcome / clarify list. A tap sends the item's text; then the card is read-only.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { Options, useAnswer } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function Welcome({ item, answer, actions }: CardProps<'welcome'>) {
  const { view } = item
  const { chosen, pick } = useAnswer(answer, (m) => actions.answerMenu(item.id, m))
  return (
    <View className='cs-card cs-card--welcome'>
      {view.title ? <Text className='cs-card__title'>{view.title}</Text> : null}
      <Options items={view.items} chosen={chosen} disabled={chosen !== undefined} onPick={pick} />
    </View>
  )
}

export const WelcomeCard = memo(Welcome)
