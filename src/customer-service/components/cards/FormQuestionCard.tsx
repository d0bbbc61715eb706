// Desk src 21: one form question. With choices it answers like a branch menu; otherwise the user
// answers with a plain message, so the card only points at the composer.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { Options, useAnswer } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function FormQuestion({ item, answer, t, actions }: CardProps<'formQuestion'>) {
  const { view } = item
  const { chosen, pick } = useAnswer(answer ?? view.selected, (m) => actions.answerMenu(item.id, m))
  return (
    <View className='cs-card cs-card--question'>
      {view.header ? <Text className='cs-card__title'>{view.header}</Text> : null}
      {view.choice ? (
        <Options items={view.items} chosen={chosen} disabled={chosen !== undefined} rows onPick={pick} />
      ) : chosen !== undefined ? (
        // Answered (the desk's `selected`, as the Android kit shows it in its locked box).
        <Text className='cs-card__value'>{chosen}</Text>
      ) : (
        <Text className='cs-card__hint'>{t('typeAnswer')}</Text>
      )}
    </View>
  )
}

export const FormQuestionCard = memo(FormQuestion)
