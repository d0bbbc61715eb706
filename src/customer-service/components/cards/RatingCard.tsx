// Desk src 9: rating. Pick a score, then submit it once (src 10). Read-only once rated (here, in
// an earlier visit, or as the desk reports), and locked when expired or not allowed from the client.
import { Text, View } from '@tarojs/components'
import { memo, useRef, useState } from 'react'
import type { RatingOption } from '../../protocol/types'
import { Tap } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function Rating({ item, rated, now, t, actions }: CardProps<'rating'>) {
  const { view } = item
  const [pick, setPick] = useState<RatingOption>()
  const [sent, setSent] = useState(false)
  const once = useRef(false)
  const done = rated || sent || view.selected !== undefined
  const expired = !done && view.expireTime > 0 && now > view.expireTime
  const locked = done || expired || !view.allowClientSendRating
  // The desk's record wins; a rating from an earlier visit (rated, no selected) shows no score.
  const shown = view.selected ?? pick
  const at = shown ? view.options.findIndex((o) => o.id === shown.id) : -1
  const star = view.style === 'star'

  const submit = () => {
    if (locked || !pick || once.current) return
    once.current = true
    setSent(true)
    void Promise.resolve(actions.submitRating(item.id, pick)).then((ok) => {
      if (ok !== false) return
      once.current = false
      setSent(false)
    })
  }

  return (
    <View className='cs-card cs-card--rating'>
      {view.head ? <Text className='cs-card__title'>{view.head}</Text> : null}
      <View className={`cs-card__scale cs-card__scale--${view.style}`}>
        {view.options.map((o, i) => (
          <Tap
            key={o.id}
            block={star ? 'cs-card__star' : 'cs-card__score'}
            label={star ? o.content : undefined}
            selected={i === at}
            lit={star ? i <= at : i === at}
            disabled={locked}
            onTap={() => setPick(o)}
          >
            {star ? '★' : o.content}
          </Tap>
        ))}
      </View>
      {star && shown ? <Text className='cs-card__hint'>{shown.content}</Text> : null}
      {done ? (
        <Text className='cs-card__status'>{view.tail || t('ratingThanks')}</Text>
      ) : expired ? (
        <Text className='cs-card__status'>{t('ratingExpired')}</Text>
      ) : (
        <Tap block='cs-card__submit' disabled={locked || !pick} onTap={submit}>
          {t('submit')}
        </Tap>
      )}
    </View>
  )
}

export const RatingCard = memo(Rating)
