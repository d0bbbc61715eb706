import { render, screen } from '@testing-library/react'
import { cardFor, FormCard, isCardKind, renderCard, WelcomeCard } from '../../../src/customer-service/components/cards'
import type { ListItem } from '../../../src/customer-service/store/state'
import { formItem, orderItem, productItem, propsFor, ratingItem, textItem, welcomeItem } from './builders'

describe('renderCard', () => {
  it('picks the card for the view kind', async () => {
    const { unmount } = render(renderCard(propsFor(welcomeItem())))
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    unmount()
    const items: ListItem[] = [productItem(), orderItem(), ratingItem()]
    for (const item of items) {
      const { container, unmount: done } = render(renderCard(propsFor(item)))
      expect(container.querySelector('.cs-card')).not.toBeNull()
      done()
    }
  })

  it('returns null for kinds that are not cards', () => {
    expect(renderCard(propsFor(textItem('hi')))).toBeNull()
    expect(cardFor('notice')).toBeUndefined()
    expect(isCardKind('text')).toBe(false)
  })

  it('maps kinds to components', () => {
    expect(cardFor('welcome')).toBe(WelcomeCard)
    expect(cardFor('form')).toBe(FormCard)
    expect(isCardKind('workflowBranch')).toBe(true)
    expect(cardFor(formItem().view.kind)).toBe(FormCard)
  })
})
