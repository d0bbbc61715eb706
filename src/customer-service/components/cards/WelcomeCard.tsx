// Desk src 29 welcome_msg: the welcome list. A tap sends the item's text; then the card is read-only.
// Like Tencent's kits (5 at a time in the Vue plugin, 4 on Android, 3 in the uni-app kit), a long list
// shows a page at a time with 换一批 cycling through the rest.
import { Text, View } from '@tarojs/components'
import { memo, useState } from 'react'
import { Options, Tap, useAnswer } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

export const WELCOME_PAGE = 5

function Welcome({ item, answer, t, actions }: CardProps<'welcome'>) {
  const { view } = item
  const { chosen, pick } = useAnswer(answer, (m) => actions.answerMenu(item.id, m))
  const pages = Math.ceil(view.items.length / WELCOME_PAGE)
  // An answered card opens on the page that holds the answer.
  const [page, setPage] = useState(() => Math.max(0, Math.floor(view.items.findIndex((m) => m.content === chosen) / WELCOME_PAGE)))
  const shown = view.items.slice(page * WELCOME_PAGE, (page + 1) * WELCOME_PAGE)
  return (
    <View className='cs-card cs-card--welcome'>
      {view.title ? <Text className='cs-card__title'>{view.title}</Text> : null}
      <Options items={shown} chosen={chosen} disabled={chosen !== undefined} onPick={pick} onLink={actions.openOptionLink} />
      {pages > 1 ? (
        <Tap block='cs-card__more' onTap={() => setPage((p) => (p + 1) % pages)}>
          {t('welcomeMore')}
        </Tap>
      ) : null}
    </View>
  )
}

export const WelcomeCard = memo(Welcome)
