// The demo hook (globalThis.__csDemoDesk) lives as long as its chat page: once the page closes, the desk and its
// message log are no longer reachable through it.
import { renderHook } from '@testing-library/react'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { useChatSession } from '../../../src/customer-service/session/use-chat-session'
import { launchParamsFor } from '../../builders/launch'

type Hooked = { __csDemoDesk?: unknown }
const hook = globalThis as Hooked
/** A chat page in demo mode: the session picks (and hooks) its own demo desk. */
const openPage = () => renderHook(() => useChatSession(launchParamsFor()))

afterEach(() => {
  delete hook.__csDemoDesk
})

describe('demo hook', () => {
  it('points at the open page’s desk and is gone once that page closes', () => {
    const page = openPage()
    expect(page.result.current.transport).toBeInstanceOf(DemoDesk)
    expect(hook.__csDemoDesk).toBe(page.result.current.transport)
    page.unmount()
    expect('__csDemoDesk' in globalThis).toBe(false)
  })

  it('a closing page leaves the hook of a newer page alone', () => {
    const older = openPage()
    const newer = openPage()
    older.unmount()
    expect(hook.__csDemoDesk).toBe(newer.result.current.transport)
    newer.unmount()
    expect('__csDemoDesk' in globalThis).toBe(false)
  })

  it('a page given its own transport does not touch the hook', () => {
    const other = new DemoDesk({ pace: 0 })
    hook.__csDemoDesk = other
    const page = renderHook(() => useChatSession(launchParamsFor(), new DemoDesk({ pace: 0 })))
    page.unmount()
    expect(hook.__csDemoDesk).toBe(other)
  })

  it('works with the benches’ catching accessor: removed on close, its setter never called without a desk', () => {
    // As tools/bench/setdata.mjs and h5-session.mjs catch the desk as it is created.
    let caught: DemoDesk | undefined
    Object.defineProperty(globalThis, '__csDemoDesk', {
      configurable: true,
      get: () => caught,
      set(d: DemoDesk) {
        caught = d
        Object.assign((d as unknown as { options: object }).options, { pace: 0, historySize: 0 })
      }
    })
    const page = openPage()
    expect(caught).toBe(page.result.current.transport)
    expect(() => page.unmount()).not.toThrow()
    expect('__csDemoDesk' in globalThis).toBe(false)
    expect(caught).toBeInstanceOf(DemoDesk)
  })
})
