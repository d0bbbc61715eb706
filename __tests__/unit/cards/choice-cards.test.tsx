import { fireEvent, render, screen } from '@testing-library/react'
import { BranchCard, FormQuestionCard, WelcomeCard, WorkflowCard } from '../../../src/customer-service/components/cards'
import { translator } from '../../../src/customer-service/i18n/strings'
import { branchItem, formQuestionItem, propsFor, welcomeItem, workflowItem } from './builders'

const button = (name: string) => screen.getByRole('button', { name })

describe('WelcomeCard (29)', () => {
  it('shows the title and items as buttons; a tap answers with the item', async () => {
    const p = propsFor(welcomeItem())
    render(<WelcomeCard {...p} />)
    expect(await screen.findByText('猜你想问')).toBeInTheDocument()
    fireEvent.click(button('物流查询'))
    expect(p.actions.answerMenu).toHaveBeenCalledWith(p.item.id, { content: '物流查询' })
  })

  it('answers once: a double tap sends one answer, then every item is disabled', async () => {
    const p = propsFor(welcomeItem())
    render(<WelcomeCard {...p} />)
    await screen.findByText('如何退款？')
    fireEvent.click(button('如何退款？'))
    fireEvent.click(button('如何退款？'))
    fireEvent.click(button('物流查询'))
    expect(p.actions.answerMenu).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('如何退款？')
    for (const b of screen.getAllByRole('button')) expect(b).toHaveAttribute('aria-disabled', 'true')
  })

  it('a long list shows 5 at a time; 换一批 cycles through the rest and back (as the kits page it)', async () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ content: `问题 ${i + 1}` }))
    render(<WelcomeCard {...propsFor(welcomeItem({ items }))} />)
    await screen.findByText('问题 1')
    expect(screen.queryByText('问题 6')).toBeNull()
    fireEvent.click(button('换一批'))
    expect(await screen.findByText('问题 6')).toBeInTheDocument()
    expect(screen.getByText('问题 7')).toBeInTheDocument()
    expect(screen.queryByText('问题 1')).toBeNull()
    fireEvent.click(button('换一批'))
    expect(await screen.findByText('问题 1')).toBeInTheDocument()
  })

  it('a short list has no 换一批; an answer on a later page opens that page', async () => {
    render(<WelcomeCard {...propsFor(welcomeItem())} />)
    await screen.findByText('如何退款？')
    expect(screen.queryByRole('button', { name: '换一批' })).toBeNull()
    const items = Array.from({ length: 7 }, (_, i) => ({ content: `问题 ${i + 1}` }))
    render(<WelcomeCard {...propsFor(welcomeItem({ items }), { answer: '问题 7' })} />)
    expect(await screen.findByRole('button', { name: '问题 7', pressed: true })).toBeInTheDocument()
  })

  it('is read-only with the answer highlighted when answered earlier in this session', async () => {
    const p = propsFor(welcomeItem(), { answer: '物流查询' })
    render(<WelcomeCard {...p} />)
    await screen.findByText('物流查询')
    expect(button('物流查询')).toHaveAttribute('aria-pressed', 'true')
    expect(button('如何退款？')).toHaveAttribute('aria-disabled', 'true')
    expect(button('如何退款？')).not.toHaveAttribute('aria-pressed')
    fireEvent.click(button('如何退款？'))
    expect(p.actions.answerMenu).not.toHaveBeenCalled()
  })
})

describe('BranchCard (15)', () => {
  it('shows header, items with descriptions and tail', async () => {
    const p = propsFor(branchItem())
    render(<BranchCard {...p} />)
    expect(await screen.findByText('请选择问题类型')).toBeInTheDocument()
    expect(screen.getByText('下单、支付')).toBeInTheDocument()
    expect(screen.getByText('没有找到？可以直接输入')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: /售后问题/ }))
    expect(p.actions.answerMenu).toHaveBeenCalledWith(p.item.id, { content: '售后问题' })
  })

  it("counts the desk's selection as answered", async () => {
    const p = propsFor(branchItem({ selected: '订单问题' }))
    render(<BranchCard {...p} />)
    await screen.findByText('订单问题')
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('订单问题')
    fireEvent.click(screen.getByRole('button', { name: /售后问题/ }))
    expect(p.actions.answerMenu).not.toHaveBeenCalled()
  })

  it('renders without tail or descriptions', async () => {
    const p = propsFor(branchItem({ tail: undefined, items: [{ content: 'A' }] }))
    render(<BranchCard {...p} />)
    expect(await screen.findByRole('button', { name: 'A' })).toBeInTheDocument()
    expect(screen.queryByText('没有找到？可以直接输入')).not.toBeInTheDocument()
  })
})

describe('WorkflowCard (32)', () => {
  it('answers an editable card through answerWorkflow, once', async () => {
    const p = propsFor(workflowItem())
    render(<WorkflowCard {...p} />)
    expect(await screen.findByText('是否已收到货？')).toBeInTheDocument()
    fireEvent.click(button('否'))
    fireEvent.click(button('是'))
    expect(p.actions.answerWorkflow).toHaveBeenCalledTimes(1)
    expect(p.actions.answerWorkflow).toHaveBeenCalledWith(p.item.id, { content: '否' })
    expect(p.actions.answerMenu).not.toHaveBeenCalled()
    expect(screen.getByText('已提交')).toBeInTheDocument()
  })

  it('is disabled and says so when expired', async () => {
    const p = propsFor(workflowItem({ status: 'expired' }))
    render(<WorkflowCard {...p} />)
    expect(await screen.findByText('已过期')).toBeInTheDocument()
    fireEvent.click(button('是'))
    expect(p.actions.answerWorkflow).not.toHaveBeenCalled()
    expect(button('是')).toHaveAttribute('aria-disabled', 'true')
  })

  it('shows the selected option and 已提交 when the desk marks it submitted', async () => {
    const p = propsFor(workflowItem({ status: 'submitted', selected: '是' }))
    render(<WorkflowCard {...p} />)
    expect(await screen.findByText('已提交')).toBeInTheDocument()
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('是')
    fireEvent.click(button('否'))
    expect(p.actions.answerWorkflow).not.toHaveBeenCalled()
  })

  it('is read-only once answered in this session, and speaks English', async () => {
    const p = propsFor(workflowItem(), { answer: '是', t: translator('en') })
    render(<WorkflowCard {...p} />)
    expect(await screen.findByText('Submitted')).toBeInTheDocument()
    fireEvent.click(button('否'))
    expect(p.actions.answerWorkflow).not.toHaveBeenCalled()
  })

  it('says Expired in English', async () => {
    render(<WorkflowCard {...propsFor(workflowItem({ status: 'expired' }), { t: translator('en') })} />)
    expect(await screen.findByText('Expired')).toBeInTheDocument()
  })
})

describe('FormQuestionCard (21)', () => {
  it('offers the choices and answers with answerMenu', async () => {
    const p = propsFor(formQuestionItem())
    render(<FormQuestionCard {...p} />)
    expect(await screen.findByText('选择城市')).toBeInTheDocument()
    fireEvent.click(button('上海'))
    fireEvent.click(button('上海'))
    expect(p.actions.answerMenu).toHaveBeenCalledTimes(1)
    expect(p.actions.answerMenu).toHaveBeenCalledWith(p.item.id, { content: '上海' })
  })

  it("respects the desk's selection", async () => {
    const p = propsFor(formQuestionItem({ selected: '北京' }))
    render(<FormQuestionCard {...p} />)
    await screen.findByText('北京')
    fireEvent.click(button('上海'))
    expect(p.actions.answerMenu).not.toHaveBeenCalled()
  })

  it('without choices, points at the composer (zh and en)', async () => {
    const item = formQuestionItem({ choice: false, header: '请输入您的订单号', items: [] })
    const { unmount } = render(<FormQuestionCard {...propsFor(item)} />)
    expect(await screen.findByText('请输入您的订单号')).toBeInTheDocument()
    expect(screen.getByText('请在下方输入框中回复')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    unmount()
    render(<FormQuestionCard {...propsFor(item, { t: translator('en') })} />)
    expect(await screen.findByText('Please type your answer in the box below')).toBeInTheDocument()
  })
})
