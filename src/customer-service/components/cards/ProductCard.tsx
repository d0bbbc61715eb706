// Desk src 22: product card (usually the user's own quick order).
import { memo } from 'react'
import { Goods } from './Goods'
import type { CardProps } from './parts'

function Product({ item, actions }: CardProps<'product'>) {
  const { header, desc, pic, url, fields } = item.view
  return <Goods kind='product' title={header} desc={desc} pic={pic} url={url} fields={fields} actions={actions} />
}

export const ProductCard = memo(Product)
