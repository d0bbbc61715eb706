import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { OrderCard, ProductCard } from '../../../src/customer-service/components/cards'
import { orderItem, productItem, propsFor } from './builders'

const picture = (container: HTMLElement) => container.querySelector('.cs-card__pic')

describe('ProductCard (22)', () => {
  it('shows picture, header, desc and fields; a tap opens the url', async () => {
    const p = propsFor(productItem())
    const { container } = render(<ProductCard {...p} />)
    expect(await screen.findByText('智能客服高级版')).toBeInTheDocument()
    expect(screen.getByText('¥3000/月')).toBeInTheDocument()
    expect(screen.getByText('订单号: 111')).toBeInTheDocument()
    expect(picture(container)).toHaveAttribute('mode', 'aspectFill')
    fireEvent.click(screen.getByRole('button', { name: /智能客服高级版/ }))
    expect(p.actions.openLink).toHaveBeenCalledWith('https://example.com/p')
  })

  it('drops a picture that fails to load', async () => {
    const { container } = render(<ProductCard {...propsFor(productItem())} />)
    await screen.findByText('智能客服高级版')
    const img = await waitFor(() => {
      const el = container.querySelector('.cs-card__pic img')
      if (!el) throw new Error('no <img> yet')
      return el
    })
    fireEvent.error(img)
    await waitFor(() => expect(picture(container)).toBeNull())
    expect(screen.getByText('智能客服高级版')).toBeInTheDocument()
  })

  it('renders cleanly without picture, url or fields, and is not a button', async () => {
    const p = propsFor(productItem({ pic: undefined, url: undefined, fields: [], desc: '' }))
    const { container } = render(<ProductCard {...p} />)
    expect(await screen.findByText('智能客服高级版')).toBeInTheDocument()
    expect(picture(container)).toBeNull()
    expect(container.querySelector('.cs-card__kv, .cs-card__desc')).toBeNull()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('智能客服高级版'))
    expect(p.actions.openLink).not.toHaveBeenCalled()
  })
})

describe('OrderCard (28)', () => {
  it('shows guide, name, desc and fields; a tap opens the url', async () => {
    const p = propsFor(orderItem())
    render(<OrderCard {...p} />)
    expect(await screen.findByText('蓝牙耳机')).toBeInTheDocument()
    expect(screen.getByText('您咨询的订单')).toBeInTheDocument()
    expect(screen.getByText('已发货')).toBeInTheDocument()
    expect(screen.getByText('运单号: SF123')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: /蓝牙耳机/ }))
    expect(p.actions.openLink).toHaveBeenCalledWith('https://example.com/o')
  })

  it('renders cleanly without the optional fields', async () => {
    const p = propsFor(orderItem({ guide: undefined, pic: undefined, url: undefined, fields: [] }))
    const { container } = render(<OrderCard {...p} />)
    expect(await screen.findByText('蓝牙耳机')).toBeInTheDocument()
    expect(container.querySelector('.cs-card__guide, .cs-card__pic, .cs-card__kv')).toBeNull()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})
