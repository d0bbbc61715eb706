// The card renderers, and how the message list picks one for a view kind.
import { createElement } from 'react'
import type { ComponentType } from 'react'
import type { DeskViewKind } from '../../protocol/types'
import type { RendererProps } from '../messages/types'
import { BranchCard } from './BranchCard'
import { FormCard } from './FormCard'
import { FormQuestionCard } from './FormQuestionCard'
import { OrderCard } from './OrderCard'
import type { CardProps } from './parts'
import { ProductCard } from './ProductCard'
import { RatingCard } from './RatingCard'
import { WelcomeCard } from './WelcomeCard'
import { WorkflowCard } from './WorkflowCard'

export { BranchCard, FormCard, FormQuestionCard, OrderCard, ProductCard, RatingCard, WelcomeCard, WorkflowCard }
export type { CardProps }

const CARDS = {
  welcome: WelcomeCard,
  branch: BranchCard,
  workflowBranch: WorkflowCard,
  formQuestion: FormQuestionCard,
  form: FormCard,
  product: ProductCard,
  order: OrderCard,
  rating: RatingCard
} satisfies { [K in DeskViewKind]?: ComponentType<CardProps<K>> }

export type CardKind = keyof typeof CARDS

export const isCardKind = (kind: DeskViewKind): kind is CardKind => Object.prototype.hasOwnProperty.call(CARDS, kind)

/** The card component for a view kind; undefined for bubbles, notices and hidden kinds. */
export function cardFor(kind: DeskViewKind): ComponentType<RendererProps> | undefined {
  // Safe widening: renderCard only passes props whose view has this component's kind.
  return isCardKind(kind) ? (CARDS[kind] as unknown as ComponentType<RendererProps>) : undefined
}

/** Renders the card for `props.item.view`, or null when the view is not a card. */
export function renderCard(props: RendererProps): JSX.Element | null {
  const Card = cardFor(props.item.view.kind)
  return Card ? createElement(Card, props) : null
}
