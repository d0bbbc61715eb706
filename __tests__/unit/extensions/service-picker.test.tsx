import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ServicePicker, accountLabel } from '../../../src/customer-service/components/extensions'
import { translator } from '../../../src/customer-service/i18n/strings'
import { accounts, pickerProps } from './builders'

const zh = translator('zh')
const items = (container: HTMLElement) => Array.from(container.querySelectorAll<HTMLElement>('.cs-picker__item'))

describe('accountLabel', () => {
  it('names machine or long ids by position and keeps short readable ids', () => {
    expect(accountLabel('@customer_service_account', 0, zh)).toBe('客服 1')
    expect(accountLabel('@im_agent#online', 1, zh)).toBe('客服 2')
    expect(accountLabel('cs_1700000000123', 2, zh)).toBe('客服 3')
    expect(accountLabel('4f9a1c2e-77b0-4d1a-9c3e-0a1b2c3d4e5f', 3, translator('en'))).toBe(`${translator('en')('serviceName')} 4`)
    expect(accountLabel('sales', 0, zh)).toBe('sales')
    // Long ids would all be cut to the same prefix: numbered instead.
    expect(accountLabel('customerServiceID_002', 1, zh)).toBe('客服 2')
    expect(accountLabel('customerServiceID_003', 2, zh)).toBe('客服 3')
  })
})

describe('ServicePicker', () => {
  it('is hidden with a single account', async () => {
    const { container } = render(<ServicePicker {...pickerProps({ accounts: accounts(['@customer_service_account']) })} />)
    await new Promise((r) => setTimeout(r, 0))
    expect(container).toBeEmptyDOMElement()
  })

  it('shows the current account and lists all with unread badges', async () => {
    const { container } = render(<ServicePicker {...pickerProps()} />)
    const head = await screen.findByRole('button', { name: '切换客服: 客服 1' })
    expect(head).toHaveTextContent('客服 1')
    expect(items(container)).toHaveLength(0)
    fireEvent.click(head)
    await waitFor(() => expect(items(container)).toHaveLength(3))
    const [first, second, third] = items(container)
    expect(first).toHaveAttribute('aria-pressed', 'true')
    expect(second).toHaveAttribute('aria-pressed', 'false')
    expect(within(second).getByText('3')).toHaveClass('cs-picker__badge')
    expect(container.querySelectorAll('.cs-picker__badge')).toHaveLength(1)
    expect(third).toHaveTextContent('after_sales')
  })

  it('switches to another account and closes; the current one just closes', async () => {
    const p = pickerProps()
    const { container } = render(<ServicePicker {...p} />)
    const head = await screen.findByRole('button', { name: '切换客服: 客服 1' })
    fireEvent.click(head)
    fireEvent.click(await screen.findByRole('button', { name: '客服 1' }))
    await waitFor(() => expect(items(container)).toHaveLength(0))
    expect(p.onSwitch).not.toHaveBeenCalled()

    fireEvent.click(head)
    fireEvent.click(await screen.findByRole('button', { name: 'sales (3)' }))
    expect(p.onSwitch).toHaveBeenCalledWith('sales')
    await waitFor(() => expect(items(container)).toHaveLength(0))
  })

  it('speaks English', async () => {
    const en = translator('en')
    const p = pickerProps({ accounts: accounts(['@customer_service_account', 'vip'], [0, 0], 'en'), t: en })
    render(<ServicePicker {...p} />)
    const name = `${en('switchService')}: ${en('serviceName')} 1`
    fireEvent.click(await screen.findByRole('button', { name }))
    fireEvent.click(await screen.findByRole('button', { name: 'vip' }))
    expect(p.onSwitch).toHaveBeenCalledWith('vip')
  })
})
