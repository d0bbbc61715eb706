import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { Composer } from '../../../src/customer-service/components/composer/Composer'
import { translator } from '../../../src/customer-service/i18n/strings'
import { typeInto } from '../../builders/taro-input'

const t = translator('zh')

function Harness({ disabledReason, onSend }: { disabledReason?: string; onSend: (s: string) => void }) {
  const [draft, setDraft] = useState('')
  return <Composer draft={draft} disabledReason={disabledReason} t={t} onDraft={setDraft} onSend={onSend} onImage={() => undefined} />
}

const type = (text: string) => typeInto('请输入您的问题', text)

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
