// Desk src 28: order card.
import { memo } from 'react'
import { Goods } from './Goods'
import type { CardProps } from './parts'

function Order({ item, actions }: CardProps<'order'>) {
  const { guide, name, desc, pic, url, fields } = item.view
  return <Goods kind='order' guide={guide} title={name} desc={desc} pic={pic} url={url} fields={fields} actions={actions} />
}

export const OrderCard = memo(Order)
