import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Toolbar } from '../../../src/customer-service/components/extensions'
import type { PresetId } from '../../../src/customer-service/launch/types'
import { custom, preset, toolbarProps } from './builders'

const chip = (name: string) => screen.getByRole('button', { name })
const names = () => screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))

describe('Toolbar', () => {
  it("shows only the enabled buttons of the seed's list, in order", async () => {
    render(<Toolbar {...toolbarProps()} />)
    await screen.findByText('人工服务')
    expect(names()).toEqual(['人工服务', '服务评价', '结束对话', '智能客服高级版'])
    expect(screen.queryByText('查询包裹')).not.toBeInTheDocument()
  })

  it.each<[PresetId, string, 'bot' | 'human']>([
    ['humanService', '人工服务', 'bot'],
    ['serviceRating', '服务评价', 'bot'],
    ['endHumanService', '结束对话', 'human']
  ])('%s calls onPreset when allowed', async (id, title, phase) => {
    const p = toolbarProps({ phase })
    render(<Toolbar {...p} />)
    await screen.findByText(title)
    expect(chip(title)).not.toHaveAttribute('aria-disabled')
    fireEvent.click(chip(title))
    expect(p.onPreset).toHaveBeenCalledWith(id)
    expect(p.onDisabled).not.toHaveBeenCalled()
  })

  it.each([
    ['人工服务', { phase: 'human' as const }, '已接入人工客服'],
    ['结束对话', { phase: 'bot' as const }, '当前没有人工客服，无需结束'],
    ['结束对话', { phase: 'ended' as const }, '当前没有人工客服，无需结束'],
    ['服务评价', { clientMayRequestRating: false }, '当前会话暂不支持评价']
  ])('%s is disabled (%o) and explains why', async (title, state, reason) => {
    const p = toolbarProps(state)
    render(<Toolbar {...p} />)
    await screen.findByText(title)
    expect(chip(title)).toHaveAttribute('aria-disabled', 'true')
    expect(chip(title)).toHaveClass('cs-toolbar__chip--disabled')
    fireEvent.click(chip(title))
    expect(p.onDisabled).toHaveBeenCalledWith(reason)
    expect(p.onPreset).not.toHaveBeenCalled()
  })

  it.each([
    ['bot' as const, ['结束对话']],
    ['human' as const, ['人工服务']],
    ['ended' as const, ['结束对话']]
  ])('in the %s phase only %o is disabled (rating allowed unless the desk says no)', async (phase, disabled) => {
    const { container } = render(<Toolbar {...toolbarProps({ phase })} />)
    await screen.findByText('人工服务')
    const off = Array.from(container.querySelectorAll('[aria-disabled="true"]')).map((e) => e.getAttribute('aria-label'))
    expect(off).toEqual(disabled)
  })

  it('a text button sends its content', async () => {
    const p = toolbarProps()
    render(<Toolbar {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '智能客服高级版' }))
    expect(p.onSendText).toHaveBeenCalledWith('智能客服高级版')
    expect(p.onOpenLink).not.toHaveBeenCalled()
  })

  it.each(['https://cloud.tencent.com/document/product/269/97537', 'http://example.com', '/pages/x?id=1'])('a link button opens %s', async (url) => {
    const p = toolbarProps({ buttons: [custom('链接', 2, url)] })
    render(<Toolbar {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '链接' }))
    expect(p.onOpenLink).toHaveBeenCalledWith(url)
    expect(p.onDisabled).not.toHaveBeenCalled()
  })

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.com', '/\\evil.com', 'pages/x', '', 'https://a b'])(
    'a link button never opens %p',
    async (url) => {
      const p = toolbarProps({ buttons: [custom('链接', 2, url)] })
      render(<Toolbar {...p} />)
      fireEvent.click(await screen.findByRole('button', { name: '链接' }))
      expect(p.onOpenLink).not.toHaveBeenCalled()
      expect(p.onDisabled).toHaveBeenCalledWith('无法打开该链接')
    }
  )

  it('hides an icon that fails to load and keeps the title', async () => {
    const { container } = render(<Toolbar {...toolbarProps({ buttons: [preset('人工服务', 'humanService')] })} />)
    await screen.findByText('人工服务')
    const img = await waitFor(() => {
      const el = container.querySelector('.cs-toolbar__icon img')
      if (!el) throw new Error('no <img> yet')
      return el
    })
    fireEvent.error(img)
    await waitFor(() => expect(container.querySelector('.cs-toolbar__icon')).toBeNull())
    expect(chip('人工服务')).toHaveTextContent('人工服务')
  })

  it('renders nothing without enabled buttons', async () => {
    const { container } = render(<Toolbar {...toolbarProps({ buttons: [] })} />)
    await new Promise((r) => setTimeout(r, 0))
    expect(container).toBeEmptyDOMElement()
    const hidden = render(<Toolbar {...toolbarProps({ buttons: [custom('x', 1, 'x', { isEnabled: 0 })] })} />)
    expect(hidden.container).toBeEmptyDOMElement()
  })

  it('offers a chip that brings the hidden quick order back', async () => {
    const onShowQuickOrder = jest.fn()
    const { rerender, container } = render(<Toolbar {...toolbarProps({ buttons: [], quickOrderHidden: true, onShowQuickOrder })} />)
    fireEvent.click(await screen.findByRole('button', { name: '订单' }))
    expect(onShowQuickOrder).toHaveBeenCalledTimes(1)
    rerender(<Toolbar {...toolbarProps({ buttons: [], quickOrderHidden: false, onShowQuickOrder })} />)
    await waitFor(() => expect(container).toBeEmptyDOMElement())
  })
})
