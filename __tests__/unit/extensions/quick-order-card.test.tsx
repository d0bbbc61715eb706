import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { QuickOrderCard } from '../../../src/customer-service/components/extensions'
import { translator } from '../../../src/customer-service/i18n/strings'
import { orderProps, seedOrder } from './builders'

describe('QuickOrderCard', () => {
  it("renders the seed's order", async () => {
    const { container } = render(<QuickOrderCard {...orderProps()} />)
    expect(await screen.findByText('智能客服高级版')).toBeInTheDocument()
    expect(screen.getByText('您可能想咨询的订单')).toBeInTheDocument()
    expect(screen.getByText('¥3000/月')).toBeInTheDocument()
    expect(screen.getByText('订单号: 11111111111111111111')).toBeInTheDocument()
    expect(screen.getByText('下单时间: 2025-07-02 16:23')).toBeInTheDocument()
    expect(container.querySelector('.cs-quick-order__pic')).toHaveAttribute('mode', 'aspectFill')
  })

  it('sends the order once on a double tap', async () => {
    const p = orderProps()
    render(<QuickOrderCard {...p} />)
    const send = await screen.findByRole('button', { name: '发送' })
    act(() => {
      send.click()
      send.click()
    })
    expect(p.onSend).toHaveBeenCalledTimes(1)
    expect(p.onSend).toHaveBeenCalledWith(p.order)
  })

  it('closes', async () => {
    const p = orderProps()
    render(<QuickOrderCard {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '关闭' }))
    expect(p.onClose).toHaveBeenCalledTimes(1)
    expect(p.onSend).not.toHaveBeenCalled()
  })

  it('renders cleanly without picture or fields, in English', async () => {
    const p = orderProps({ order: seedOrder({ pic: undefined, customField: undefined }), t: translator('en') })
    const { container } = render(<QuickOrderCard {...p} />)
    expect(await screen.findByText('智能客服高级版')).toBeInTheDocument()
    expect(container.querySelector('.cs-quick-order__pic, .cs-quick-order__kv')).toBeNull()
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })

  it('drops a picture that fails to load', async () => {
    const { container } = render(<QuickOrderCard {...orderProps()} />)
    const img = await waitFor(() => {
      const el = container.querySelector('.cs-quick-order__pic img')
      if (!el) throw new Error('no <img> yet')
      return el
    })
    fireEvent.error(img)
    await waitFor(() => expect(container.querySelector('.cs-quick-order__pic')).toBeNull())
    expect(screen.getByText('¥3000/月')).toBeInTheDocument()
  })
})
