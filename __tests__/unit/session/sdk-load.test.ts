// lite-chat's basic.js starts a 1 s repeating timer the moment it is evaluated, before any create(): the SDK must
// load only when a real Desk chat is created, never for a demo-mode page. jest maps basic and every plugin to one
// stub file (jest.config.js), so one mock stands for all four, in the shape webpack hands them over (UMD:
// module.exports is the namespace itself), and records when it is evaluated.
import type { FakeChat } from '../im/fake-sdk'
import { createTransport } from '../../../src/customer-service/session/create'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { launchParamsFor } from '../../builders/launch'

type LoadState = { evaluated: number; made: FakeChat[]; sdk?: unknown }
// A hoisted function over globalThis, not a module variable: a static SDK import would evaluate the mock while
// this file's imports still run, and the test should then fail on its assertion, not on initialisation order.
function mockState(): LoadState {
  return ((globalThis as { __sdkLoad?: LoadState }).__sdkLoad ??= { evaluated: 0, made: [] })
}

jest.mock('@tencentcloud/lite-chat/basic', () => {
  const state = mockState()
  state.evaluated++
  const { sdk, made } = jest.requireActual('../im/fake-sdk').fakeSdk()
  state.made = made
  return (state.sdk = sdk)
})

afterEach(() => {
  delete (globalThis as { __csDemoDesk?: unknown }).__csDemoDesk
})

describe('loading the IM SDK', () => {
  it('a demo-mode chat never evaluates the SDK or its plugins', () => {
    expect(createTransport(launchParamsFor())).toBeInstanceOf(DemoDesk)
    expect(mockState().evaluated).toBe(0)
  })

  it('a Desk chat evaluates the SDK then, creates its instance and installs the three plugins', () => {
    const transport = createTransport(launchParamsFor({ mode: 'desk', SDKAppID: 1400000042 }))
    expect(transport).not.toBeInstanceOf(DemoDesk)
    expect(mockState().evaluated).toBe(1)
    expect(mockState().made).toHaveLength(1)
    expect(mockState().made[0].plugins).toEqual([mockState().sdk, mockState().sdk, mockState().sdk])
    transport.destroy()
  })
})
