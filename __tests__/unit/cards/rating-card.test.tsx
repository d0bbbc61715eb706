import { act, fireEvent, render, screen } from '@testing-library/react'
import { RatingCard } from '../../../src/customer-service/components/cards'
import { translator } from '../../../src/customer-service/i18n/strings'
import { propsFor, ratingItem, STARS } from './builders'

const star = (label: string) => screen.getByRole('button', { name: label })
const submit = (name = '提交') => screen.getByRole('button', { name })

describe('RatingCard (9), stars', () => {
  it('shows five stars named by their option; picks one, then submits it once', async () => {
    const p = propsFor(ratingItem())
    const { container } = render(<RatingCard {...p} />)
    expect(await screen.findByText('请对本次服务评价')).toBeInTheDocument()
    expect(container.querySelectorAll('.cs-card__star')).toHaveLength(5)
    expect(submit()).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(submit())
    expect(p.actions.submitRating).not.toHaveBeenCalled()

    fireEvent.click(star('满意'))
    expect(screen.getByText('满意')).toBeInTheDocument()
    expect(star('满意')).toHaveAttribute('aria-pressed', 'true')
    expect(container.querySelectorAll('.cs-card__star--selected')).toHaveLength(4)
    act(() => {
      submit().click()
      submit().click()
    })
    expect(p.actions.submitRating).toHaveBeenCalledTimes(1)
    expect(p.actions.submitRating).toHaveBeenCalledWith(p.item.id, STARS[3])
    expect(screen.getByText('感谢评价！')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument()
    fireEvent.click(star('非常满意'))
    expect(star('满意')).toHaveAttribute('aria-pressed', 'true')
    expect(star('非常满意')).toHaveAttribute('aria-disabled', 'true')
  })

  it("shows the desk's selection read-only", async () => {
    const p = propsFor(ratingItem({ selected: STARS[4], tail: '' }))
    render(<RatingCard {...p} />)
    expect(await screen.findByText('感谢您的评价')).toBeInTheDocument()
    expect(screen.getByText('非常满意')).toBeInTheDocument()
    expect(star('非常满意')).toHaveAttribute('aria-pressed', 'true')
    fireEvent.click(star('一般'))
    expect(p.actions.submitRating).not.toHaveBeenCalled()
  })

  it('is read-only when already rated in this session', async () => {
    const p = propsFor(ratingItem(), { rated: true })
    render(<RatingCard {...p} />)
    expect(await screen.findByText('感谢评价！')).toBeInTheDocument()
    fireEvent.click(star('一般'))
    expect(star('一般')).toHaveAttribute('aria-disabled', 'true')
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument()
  })

  it('is locked with a notice once expired', async () => {
    const p = propsFor(ratingItem({ expireTime: 1_699_999_999 }), { now: 1_700_000_000 })
    render(<RatingCard {...p} />)
    expect(await screen.findByText('评价已过期')).toBeInTheDocument()
    fireEvent.click(star('满意'))
    expect(star('满意')).not.toHaveAttribute('aria-pressed')
    expect(p.actions.submitRating).not.toHaveBeenCalled()
  })

  it('is open before the expiry time', async () => {
    render(<RatingCard {...propsFor(ratingItem({ expireTime: 1_700_000_100 }))} />)
    await screen.findByText('请对本次服务评价')
    expect(screen.queryByText('评价已过期')).not.toBeInTheDocument()
    expect(star('满意')).not.toHaveAttribute('aria-disabled')
  })

  it('is disabled when the desk does not allow client ratings', async () => {
    const p = propsFor(ratingItem({ allowClientSendRating: false }))
    render(<RatingCard {...p} />)
    await screen.findByText('请对本次服务评价')
    fireEvent.click(star('满意'))
    fireEvent.click(submit())
    expect(star('满意')).toHaveAttribute('aria-disabled', 'true')
    expect(submit()).toHaveAttribute('aria-disabled', 'true')
    expect(p.actions.submitRating).not.toHaveBeenCalled()
  })
})

describe('RatingCard (9), numbers', () => {
  const options = ['1', '2', '3', '4', '5'].map((id) => ({ id, content: `${id}分` }))

  it('shows numbered buttons and submits the chosen one', async () => {
    const p = propsFor(ratingItem({ style: 'number', options }))
    const { container } = render(<RatingCard {...p} />)
    expect(await screen.findByRole('button', { name: '3分' })).toBeInTheDocument()
    expect(container.querySelector('.cs-card__star')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '3分' }))
    expect(container.querySelectorAll('.cs-card__score--selected')).toHaveLength(1)
    fireEvent.click(submit())
    expect(p.actions.submitRating).toHaveBeenCalledWith(p.item.id, { id: '3', content: '3分' })
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('3分')
  })

  it('speaks English: submit, thanks and expiry', async () => {
    const en = translator('en')
    const p = propsFor(ratingItem({ style: 'number', options, tail: '' }), { t: en })
    const { unmount } = render(<RatingCard {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '5分' }))
    fireEvent.click(submit('Submit'))
    expect(screen.getByText('Thank you for your rating')).toBeInTheDocument()
    unmount()
    render(<RatingCard {...propsFor(ratingItem({ expireTime: 1 }), { t: en })} />)
    expect(await screen.findByText('This rating has expired')).toBeInTheDocument()
  })
})
