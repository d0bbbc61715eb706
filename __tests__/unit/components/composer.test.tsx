import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { Composer } from '../../../src/customer-service/components/composer/Composer'
import { translator } from '../../../src/customer-service/i18n/strings'

const t = translator('zh')

function Harness({ disabledReason, onSend }: { disabledReason?: string; onSend: (s: string) => void }) {
  const [draft, setDraft] = useState('')
  return <Composer draft={draft} disabledReason={disabledReason} t={t} onDraft={setDraft} onSend={onSend} onImage={() => undefined} />
}

async function type(text: string) {
  const host = (await screen.findByLabelText('请输入您的问题')) as HTMLElement
  // Taro's H5 Input is a web component: the native <input> appears inside it asynchronously.
  const native = await waitFor(() => {
    const el = host.querySelector('input')
    if (!el) throw new Error('native input not rendered yet')
    return el
  })
  fireEvent.input(native, { target: { value: text } })
  return native
}

describe('Composer', () => {
  it('sends the typed text with the send button and clears the draft', async () => {
    const onSend = jest.fn()
    render(<Harness onSend={onSend} />)
    const native = await type('你好')
    fireEvent.click(await screen.findByText('发送'))
    expect(onSend).toHaveBeenCalledWith('你好')
    await screen.findByText('发送')
    expect((native as HTMLInputElement).value).toBe('')
  })

  it('does not send blank text', async () => {
    const onSend = jest.fn()
    render(<Harness onSend={onSend} />)
    await type('   ')
    fireEvent.click(await screen.findByText('发送'))
    expect(onSend).not.toHaveBeenCalled()
  })

  it('is disabled with its reason while not connected', async () => {
    const onSend = jest.fn()
    render(<Harness onSend={onSend} disabledReason='未连接，暂时无法发送' />)
    expect(await screen.findByText('未连接，暂时无法发送')).toBeInTheDocument()
    fireEvent.click(await screen.findByText('发送'))
    expect(onSend).not.toHaveBeenCalled()
  })
})
