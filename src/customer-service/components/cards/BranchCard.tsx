// Desk src 15 (and 29 clarify/other subtypes): branch menu. The desk's own `selected` counts as answered, like a tap in this session.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { Options, useAnswer } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function Branch({ item, answer, actions }: CardProps<'branch'>) {
  const { view } = item
  const { chosen, pick } = useAnswer(answer ?? view.selected, (m) => actions.answerMenu(item.id, m))
  return (
    <View className='cs-card cs-card--branch'>
      {view.header ? <Text className='cs-card__title'>{view.header}</Text> : null}
      {view.text ? <Text className='cs-card__text'>{view.text}</Text> : null}
      <Options items={view.items} chosen={chosen} disabled={chosen !== undefined} rows onPick={pick} onLink={actions.openOptionLink} />
      {view.tail ? <Text className='cs-card__tail'>{view.tail}</Text> : null}
    </View>
  )
}

export const BranchCard = memo(Branch)
