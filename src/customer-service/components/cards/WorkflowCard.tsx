// Desk src 32: workflow branch. Only an editable card can be answered; the desk may later mark it
// submitted (with its selection) or expired.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { Options, useAnswer } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function Workflow({ item, answer, t, actions }: CardProps<'workflowBranch'>) {
  const { view } = item
  const { chosen, pick } = useAnswer(answer ?? view.selected, (m) => actions.answerWorkflow(item.id, m))
  const submitted = chosen !== undefined || view.status === 'submitted'
  const expired = !submitted && view.status === 'expired'
  return (
    <View className='cs-card cs-card--workflow'>
      {view.header ? <Text className='cs-card__title'>{view.header}</Text> : null}
      <Options items={view.items} chosen={chosen} disabled={submitted || expired} onPick={pick} onLink={actions.openOptionLink} />
      {submitted || expired ? <Text className='cs-card__status'>{t(submitted ? 'submitted' : 'expired')}</Text> : null}
    </View>
  )
}

export const WorkflowCard = memo(Workflow)
