// One row per view-model kind: what the user sees and what a tap does.
import { fireEvent, render, screen } from '@testing-library/react'
import { MessageRow } from '../../../src/customer-service/components/messages/MessageRow'
import type { RowProps } from '../../../src/customer-service/components/messages/MessageRow'
import { translator } from '../../../src/customer-service/i18n/strings'
import { toItem } from '../../../src/customer-service/store/messages'
import { deskMessage, textMessage } from '../../builders/messages'

function props(overrides: Partial<RowProps> = {}): RowProps {
  return {
    item: toItem(textMessage('你好')),
    rated: false,
    now: 0,
    t: translator('zh'),
    actions: { answerMenu: jest.fn(), answerWorkflow: jest.fn(), submitForm: jest.fn(), submitRating: jest.fn(), previewImage: jest.fn(), openLink: jest.fn(), feedback: jest.fn() },
    self: { nick: '小明' },
    showAINote: true,
    showFeedback: false,
    onResend: jest.fn(),
    onLongPress: jest.fn(),
    ...overrides
  }
}

describe('MessageRow', () => {
  it('shows the sender name and the text; only allow-listed links are tappable', async () => {
    const p = props({ item: toItem(textMessage('查看 https://example.com/a 或 javascript:alert(1)', { nick: '客服小美' })) })
    render(<MessageRow {...p} />)
    expect(await screen.findByText('客服小美')).toBeInTheDocument()
    fireEvent.click(screen.getByText('https://example.com/a'))
    expect(p.actions.openLink).toHaveBeenCalledWith('https://example.com/a')
    expect(screen.queryByText('javascript:alert(1)')).toBeNull() // inert text inside the bubble, not its own link
  })

  it('a failed message of mine offers resend', async () => {
    const p = props({ item: toItem(textMessage('在吗', { flow: 'out', status: 'failed' })) })
    render(<MessageRow {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '发送失败，重发' }))
    expect(p.onResend).toHaveBeenCalledWith(p.item.id)
  })

  it('recalled messages and notices are system lines', async () => {
    const { rerender } = render(<MessageRow {...props({ item: toItem(textMessage('x', { isRevoked: true })) })} />)
    expect(await screen.findByText('对方撤回了一条消息')).toBeInTheDocument()
    rerender(<MessageRow {...props({ item: toItem(deskMessage({ src: '18' })) })} />)
    expect(await screen.findByText('当前没有在线客服，请稍后再试')).toBeInTheDocument()
    rerender(<MessageRow {...props({ item: toItem(deskMessage({ src: '37', content: '您已长时间未回复，会话即将结束' })) })} />)
    expect(await screen.findByText('您已长时间未回复，会话即将结束')).toBeInTheDocument()
  })

  it('a finished AI answer carries the AI note, and thumbs when feedback is enabled', async () => {
    const item = toItem(deskMessage({ src: '30', content: '**退款说明**' }))
    const p = props({ item, showFeedback: true })
    render(<MessageRow {...p} />)
    expect(await screen.findByText('内容由 AI 生成，仅供参考')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '有帮助' }))
    expect(p.actions.feedback).toHaveBeenCalledWith(item.id, true)
  })

  it('no AI note while streaming, nor when disabled', async () => {
    const streaming = toItem(deskMessage({ src: '31', chunks: ['您好'], isFinished: 0 }))
    const { rerender } = render(<MessageRow {...props({ item: streaming })} />)
    expect(await screen.findByText(/您好/)).toBeInTheDocument()
    expect(screen.queryByText('内容由 AI 生成，仅供参考')).toBeNull()
    rerender(<MessageRow {...props({ item: toItem(deskMessage({ src: '30', content: 'x' })), showAINote: false })} />)
    expect(screen.queryByText('内容由 AI 生成，仅供参考')).toBeNull()
  })

  it('an answer ended locally as interrupted: no cursor, a small note under the bubble (zh and en)', async () => {
    const cut = toItem(deskMessage({ src: '31', chunks: ['您好，退款'], isFinished: 0 }))
    const { container, rerender } = render(<MessageRow {...props({ item: cut })} />)
    expect(await screen.findByText(/您好，退款/)).toBeInTheDocument()
    expect(container.querySelector('.cs-md__cursor')).not.toBeNull()
    expect(screen.queryByText('回答已中断')).toBeNull()
    const interrupted = { ...cut, view: { kind: 'stream' as const, markdown: '您好，退款', finished: true, interrupted: true as const } }
    rerender(<MessageRow {...props({ item: interrupted })} />)
    expect(await screen.findByText('回答已中断')).toBeInTheDocument()
    expect(container.querySelector('.cs-md__cursor')).toBeNull()
    rerender(<MessageRow {...props({ item: interrupted, t: translator('en') })} />)
    expect(await screen.findByText('Answer interrupted')).toBeInTheDocument()
  })

  it('an image opens the gallery; a file shows its name and size', async () => {
    const image = toItem(textMessage('', { body: { kind: 'image', url: 'https://a/1.png', width: 100, height: 100 } }))
    const p = props({ item: image })
    const { rerender } = render(<MessageRow {...p} />)
    fireEvent.click(await screen.findByRole('button', { name: '图片' }))
    expect(p.actions.previewImage).toHaveBeenCalledWith('https://a/1.png')
    rerender(<MessageRow {...props({ item: toItem(textMessage('', { body: { kind: 'file', url: 'https://a/f.pdf', name: '发票.pdf', size: 204800 } })) })} />)
    expect(await screen.findByText('发票.pdf')).toBeInTheDocument()
    expect(screen.getByText('200 KB')).toBeInTheDocument()
  })

  it('an unknown kind is one grey line, never its raw payload', async () => {
    const { container } = render(<MessageRow {...props({ item: toItem(deskMessage({ src: '99', content: 'from a newer desk' })) })} />)
    expect(await screen.findByText('此消息暂不支持显示')).toBeInTheDocument()
    expect(container.textContent).not.toContain('from a newer desk')
  })
})
