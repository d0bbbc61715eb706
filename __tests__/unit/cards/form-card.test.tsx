import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { FormCard } from '../../../src/customer-service/components/cards'
import { translator } from '../../../src/customer-service/i18n/strings'
import type { FormResult } from '../../../src/customer-service/session/service'
import { formItem, propsFor } from './builders'

const submit = () => screen.getByRole('button', { name: '提交' })

/** The native <input> inside the Taro Input (its host element carries the placeholder too). */
// Stencil renders it asynchronously: wait for it.
const field = (placeholder: string) =>
  waitFor(() => {
    const input = screen.getAllByPlaceholderText(placeholder).find((el) => el.tagName === 'INPUT')
    if (!input) throw new Error(`no <input> for ${placeholder} yet`)
    return input
  })

async function type(placeholder: string, value: string) {
  fireEvent.input(await field(placeholder), { target: { value } })
}

describe('FormCard (33)', () => {
  it('shows the tip, the fields, required marks and the choice options', async () => {
    render(<FormCard {...propsFor(formItem())} />)
    expect(await screen.findByText('请完善信息')).toBeInTheDocument()
    expect(screen.getByText('手机号')).toBeInTheDocument()
    expect(screen.getAllByText('必填')).toHaveLength(2)
    expect(await field('请输入手机号')).toHaveAttribute('aria-label', '手机号')
    expect(screen.getByRole('button', { name: '地址填错' })).toBeInTheDocument()
  })

  it('does not submit while required fields are empty, and names them', async () => {
    const p = propsFor(formItem())
    render(<FormCard {...p} />)
    await screen.findByText('请完善信息')
    await type('请输入手机号', '13800000000')
    fireEvent.click(submit())
    expect(p.actions.submitForm).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('请填写：新地址')
    await type('详细地址', '   ')
    await type('请输入手机号', '')
    fireEvent.click(submit())
    expect(screen.getByRole('alert')).toHaveTextContent('请填写：手机号、新地址')
    expect(p.actions.submitForm).not.toHaveBeenCalled()
  })

  it('submits the values once, then shows them read-only', async () => {
    const p = propsFor(formItem())
    render(<FormCard {...p} />)
    await screen.findByText('请完善信息')
    await type('请输入手机号', '13800000000')
    await type('详细地址', '深圳南山')
    fireEvent.click(screen.getByRole('button', { name: '其他' }))
    // Two taps in one frame (no re-render between them) still send once.
    act(() => {
      submit().click()
      submit().click()
    })
    fireEvent.click(screen.getByRole('button', { name: '发送中' }))
    expect(p.actions.submitForm).toHaveBeenCalledTimes(1)
    expect(p.actions.submitForm).toHaveBeenCalledWith(p.item.id, { 手机号: '13800000000', 新地址: '深圳南山', 修改原因: '其他' })
    expect(await screen.findByText('已提交')).toBeInTheDocument()
    expect(screen.getByText('13800000000')).toBeInTheDocument()
    expect(screen.getByText('其他')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.queryByPlaceholderText('请输入手机号')).not.toBeInTheDocument()
  })

  it('shows what the session reports missing, and lets the user try again', async () => {
    const p = propsFor(formItem())
    p.actions.submitForm.mockResolvedValueOnce({ ok: false, missing: ['新地址'] })
    render(<FormCard {...p} />)
    await screen.findByText('请完善信息')
    await type('请输入手机号', '1')
    await type('详细地址', 'x')
    fireEvent.click(submit())
    expect(await screen.findByRole('alert')).toHaveTextContent('请填写：新地址')
    fireEvent.click(submit())
    await waitFor(() => expect(p.actions.submitForm).toHaveBeenCalledTimes(2))
    expect(await screen.findByText('已提交')).toBeInTheDocument()
  })

  it('disables the submit button while sending', async () => {
    let settle: (r: FormResult) => void = () => undefined
    const p = propsFor(formItem({ fields: [{ name: '手机号', formType: 0, required: true, options: [], value: '138' }] }))
    p.actions.submitForm.mockReturnValueOnce(new Promise((resolve) => (settle = resolve)))
    render(<FormCard {...p} />)
    await screen.findByText('请完善信息')
    fireEvent.click(submit())
    expect(screen.getByRole('button', { name: '发送中' })).toHaveAttribute('aria-disabled', 'true')
    await act(async () => settle({ ok: true }))
    expect(screen.getByText('已提交')).toBeInTheDocument()
    expect(p.actions.submitForm).toHaveBeenCalledWith(p.item.id, { 手机号: '138' })
  })

  it('is read-only when the desk says filled', async () => {
    const fields = [{ name: '手机号', formType: 0 as const, required: true, options: [], value: '13900000000' }]
    const p = propsFor(formItem({ status: 'filled', fields }))
    render(<FormCard {...p} />)
    expect(await screen.findByText('13900000000')).toBeInTheDocument()
    expect(screen.getByText('已提交')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('is read-only with the sent values when answered in this session', async () => {
    const p = propsFor(formItem(), { answer: JSON.stringify({ 手机号: '137', 新地址: '北京' }) })
    render(<FormCard {...p} />)
    expect(await screen.findByText('137')).toBeInTheDocument()
    expect(screen.getByText('北京')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '提交' })).not.toBeInTheDocument()
  })

  it('speaks English', async () => {
    const p = propsFor(formItem(), { t: translator('en') })
    render(<FormCard {...p} />)
    await screen.findByText('请完善信息')
    expect(screen.getAllByText('Required')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Please fill in: 手机号, 新地址')
  })
})
