// The body shared by product (22) and order (28) cards: picture, texts, "name: value" fields.
// With a url the whole card is one button that opens it.
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CardField } from '../../protocol/types'
import type { CardActions } from '../messages/types'
import { Tap } from './parts'
import { safeMediaUrl } from '../markdown/safe-url'
import './cards.scss'

interface GoodsProps {
  kind: 'product' | 'order'
  guide?: string
  title: string
  desc: string
  pic?: string
  url?: string
  fields: CardField[]
  actions: CardActions
}

export function Goods({ kind, guide, title, desc, pic, url, fields, actions }: GoodsProps) {
  // A broken picture would leave an empty box: drop it instead.
  const [broken, setBroken] = useState(false)
  const body = (
    <>
      {safeMediaUrl(pic) && !broken ? <Image className='cs-card__pic' src={safeMediaUrl(pic)!} mode='aspectFill' onError={() => setBroken(true)} /> : null}
      <View className='cs-card__info'>
        {guide ? <Text className='cs-card__guide'>{guide}</Text> : null}
        {title ? <Text className='cs-card__title'>{title}</Text> : null}
        {desc ? <Text className='cs-card__desc'>{desc}</Text> : null}
        {fields.map((f, i) => (
          // Fields may repeat names: position is the identity.
          <Text key={i} className='cs-card__kv'>{f.customerValue ? `${f.name}: ${f.value} · ${f.customerValue}` : `${f.name}: ${f.value}`}</Text>
        ))}
      </View>
    </>
  )
  const cls = `cs-card--goods cs-card--${kind}`
  return url ? (
    <Tap block='cs-card' className={cls} onTap={() => actions.openLink(url)}>
      {body}
    </Tap>
  ) : (
    <View className={`cs-card ${cls}`}>{body}</View>
  )
}
