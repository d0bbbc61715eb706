// Voice in the chat screen over the demo desk (H5, as jest renders): after 人工服务 the agent's demo voice
// message shows as a playable bubble; the voice input stays hidden on H5, a human agent or not.
import { fireEvent, render, screen } from '@testing-library/react'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { launchParamsFor } from '../../builders/launch'
import { typeInto } from '../../builders/taro-input'

beforeAll(() => {
  URL.createObjectURL = () => 'blob:http://localhost/demo-voice'
})

it('the agent’s demo voice arrives after the transfer; no voice input on H5', async () => {
  const desk = new DemoDesk({ seed: 1, pace: 0 })
  const { unmount } = render(<ChatScreen params={launchParamsFor()} transport={desk} />)
  await screen.findByText('猜你想问')
  expect(screen.queryByRole('button', { name: '语音 2″' })).toBeNull()
  await typeInto('请输入您的问题', '人工服务')
  fireEvent.click(await screen.findByRole('button', { name: '发送' }))
  expect(await screen.findByRole('button', { name: '语音 2″' })).toHaveTextContent('2″')
  expect(desk.phaseOf('@customer_service_account')).toBe('human')
  expect(screen.queryByRole('button', { name: '语音' })).toBeNull()
  expect(screen.queryByRole('button', { name: '按住 说话' })).toBeNull()
  unmount()
})
