// A long Desk form (33) through the rendered ChatScreen over the demo desk: a compact card in the list, the
// fields in a bottom sheet (the composer hidden meanwhile), submitted once with the kit's wire shape, then
// read-only; closing keeps what was typed, a failed submit keeps it and says so in the sheet.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'

const TIP = '请完善以下信息，我们将为您修改收货地址'

async function openForm() {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const forms: Array<Record<string, unknown>> = []
  const custom = desk.sendCustom.bind(desk)
  desk.sendCustom = (to, data, options) => {
    const d = JSON.parse(data)
    if (d.src === '33') forms.push(d)
    return custom(to, data, options)
  }
  const view = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
  await screen.findByText('猜你想问')
  await typeInto('请输入您的问题', '修改收货地址')
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
  await screen.findByText(TIP)
  return { desk, forms, unmount: view.unmount }
}

const sheet = () => screen.getByRole('dialog', { name: TIP })
// Hidden while the sheet is open (visibility, so the list keeps its height), back after.
const composer = () => screen.getByLabelText('请输入您的问题')

/** The native <input> of a sheet field, by the field's name (its aria-label). */
async function fill(name: string, value: string) {
  const input = await waitFor(() => {
    const el = Array.from(sheet().querySelectorAll('input')).find((i) => i.getAttribute('aria-label') === name || i.closest(`[aria-label="${name}"]`))
    if (!el) throw new Error(`no <input> for ${name} yet`)
    return el
  })
  fireEvent.input(input, { target: { value } })
  return input
}

describe('a long form (33) in a bottom sheet', () => {
  it('shows a compact card; 填写 opens the sheet with required fields marked and hides the composer', async () => {
    const { unmount } = await openForm()
    const card = screen.getByText(TIP).closest('.cs-card') as HTMLElement
    expect(card.querySelector('input')).toBeNull()
    expect(within(card).getByText('手机号、新地址、修改原因')).toBeInTheDocument()
    expect(composer()).toBeVisible()
    fireEvent.click(within(card).getByRole('button', { name: '填写' }))
    const dialog = sheet()
    expect(within(dialog).getAllByText('必填')).toHaveLength(2)
    expect(within(dialog).getAllByText('*')).toHaveLength(2)
    expect(await fill('手机号', '')).toHaveAttribute('aria-required', 'true')
    expect(within(dialog).getByRole('button', { name: '地址填错' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: '提交' })).toBeInTheDocument()
    expect(composer()).not.toBeVisible()
    unmount()
  })

  it('names the empty required fields in the sheet and sends nothing', async () => {
    const { forms, unmount } = await openForm()
    fireEvent.click(screen.getByRole('button', { name: '填写' }))
    await fill('手机号', '13800000000')
    fireEvent.click(within(sheet()).getByRole('button', { name: '提交' }))
    expect(within(sheet()).getByRole('alert')).toHaveTextContent('请填写：新地址')
    expect(forms).toHaveLength(0)
    unmount()
  })

  it('closing keeps what was typed: reopening shows it, and the composer is back meanwhile', async () => {
    const { forms, unmount } = await openForm()
    fireEvent.click(screen.getByRole('button', { name: '填写' }))
    await fill('手机号', '13800000000')
    fireEvent.click(within(sheet()).getByRole('button', { name: '临时出差' }))
    fireEvent.click(within(sheet()).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(composer()).toBeVisible()
    fireEvent.click(screen.getByRole('button', { name: '填写' }))
    expect(await fill('手机号', '13800000000')).toHaveValue('13800000000')
    expect(within(sheet()).getByRole('button', { name: '临时出差', pressed: true })).toBeInTheDocument()
    expect(forms).toHaveLength(0)
    unmount()
  })

  it('submits once with the kit wire shape, closes, and the card shows the values read-only', async () => {
    const { forms, unmount } = await openForm()
    fireEvent.click(screen.getByRole('button', { name: '填写' }))
    await fill('手机号', '13800000000')
    await fill('新地址', '上海市徐汇区')
    fireEvent.click(within(sheet()).getByRole('button', { name: '其他' }))
    const submit = within(sheet()).getByRole('button', { name: '提交' })
    // Two taps in one frame still send once.
    act(() => {
      submit.click()
      submit.click()
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(forms).toHaveLength(1)
    expect(forms[0]).toMatchObject({ src: '33', customerServicePlugin: 0 })
    expect(forms[0]).not.toHaveProperty('nodeStatus')
    const vars = (forms[0].content as { inputVariables: Array<Record<string, unknown>> }).inputVariables
    expect(vars.map((v) => [v.name, v.variableValue])).toEqual([
      ['手机号', '13800000000'],
      ['新地址', '上海市徐汇区'],
      ['修改原因', '其他']
    ])
    expect(vars[0]).toMatchObject({ formType: 0, isRequired: 1, placeholder: '请输入下单手机号' })
    const card = screen.getByText(TIP).closest('.cs-card') as HTMLElement
    expect(within(card).getByText('已提交')).toBeInTheDocument()
    expect(within(card).getByText('上海市徐汇区')).toBeInTheDocument()
    expect(within(card).queryByRole('button')).toBeNull()
    expect(composer()).toBeVisible()
    unmount()
  })

  it('a submit that does not go out keeps the sheet and the values, says so, and can be sent again', async () => {
    const { desk, forms, unmount } = await openForm()
    fireEvent.click(screen.getByRole('button', { name: '填写' }))
    await fill('手机号', '13800000000')
    await fill('新地址', '上海')
    act(() => desk.setFaults({ dropSend: 1 }))
    fireEvent.click(within(sheet()).getByRole('button', { name: '提交' }))
    expect(await within(sheet()).findByRole('alert')).toHaveTextContent('提交失败，请重试')
    expect(await fill('新地址', '上海')).toHaveValue('上海')
    act(() => desk.setFaults({ dropSend: 0 }))
    fireEvent.click(within(sheet()).getByRole('button', { name: '提交' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(forms.filter((f) => f.src === '33')).toHaveLength(2)
    expect(within(screen.getByText(TIP).closest('.cs-card') as HTMLElement).getByText('已提交')).toBeInTheDocument()
    unmount()
  })
})
