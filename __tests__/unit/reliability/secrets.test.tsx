// No userSig in any log line, error message or store error field: console output is captured through a whole
// session — login, sends, failures, kicked for an expired sig, refresh, errors that carry the sig — and
// searched for the sig and for every 16-character piece of it.
import { render, screen } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import { format } from 'util'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import { ChatSession } from '../../../src/customer-service/session/service'
import { createChatStore } from '../../../src/customer-service/store/chat-store'
import ChatPage from '../../../src/customer-service/pages/chat/index'
import { launchParamsFor } from '../../builders/launch'
import { ACCOUNT, settle } from './harness'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')

const api = new Api(1400000001, 'a-test-secret-key-that-is-long-enough')
const SIG = api.genUserSig('u_secret', 3600) as string
const FRESH = api.genUserSig('u_secret', 7200) as string
// The same sig in plain base64 (the parser accepts it too): + / = where Tencent writes * - _.
const PLAIN = SIG.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=')
const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const

let lines: string[] = []
beforeEach(() => {
  lines = []
  for (const m of METHODS) jest.spyOn(console, m).mockImplementation((...args) => void lines.push(`${m}: ${format(...args)}`))
})
afterEach(() => jest.restoreAllMocks())

/** Where a sig (or any 16 characters of one) shows up in `texts`. */
function leaks(texts: string[], sigs = [SIG, FRESH]): string[] {
  const found: string[] = []
  for (const text of texts) {
    for (const sig of sigs) {
      for (let i = 0; i + 16 <= sig.length; i++) {
        if (text.includes(sig.slice(i, i + 16))) {
          found.push(text.slice(0, 200))
          break
        }
      }
    }
  }
  return found
}

/** Ways an SDK or an endpoint may put the sig into an error. */
const sigErrors = (sig: string): unknown[] => [
  { code: 70001, message: `userSig ${sig} expired` },
  { code: 3001, message: JSON.stringify({ userID: 'u_secret', userSig: sig }) },
  new Error(`login failed for sig=${sig}`),
  `userSig:${sig}`,
  { code: 'credentials', message: `endpoint answered ${sig}` }
]

describe('secrets stay out of logs and errors', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('a whole session: login, sends, failures, kicked for an expired sig, refresh, errors carrying the sig', async () => {
    let valid = SIG
    const desk = new DemoDesk({ seed: 5, pace: 0, acceptSig: (s) => s === valid })
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const events: unknown[] = []
    const errorFields: unknown[] = []
    store.subscribe((s) => errorFields.push(s.notice, s.fatal))
    let source = async () => ({ userID: 'u_secret', userSig: FRESH })
    const params = launchParamsFor({ mode: 'desk', SDKAppID: 1400000001, userID: 'u_secret', userSig: SIG })
    const session = new ChatSession({ params, transport: desk, store, emit: (...e) => events.push(e), credentials: () => source() })

    await settle(desk, session.start())
    await settle(desk, session.sendText('你好'))
    desk.setFaults({ dropSend: 1 })
    await settle(desk, session.sendText('会失败'))
    desk.setFaults({ dropSend: 0 })
    // Expired: refreshed transparently; expired again at once: the kicked screen.
    valid = FRESH
    desk.kick('userSigExpired')
    await settle(desk)
    desk.kick('userSigExpired')
    await settle(desk)
    // Logins and sends that fail with the sig in their error, and an endpoint whose failure quotes it.
    for (const err of [...sigErrors(SIG), { code: 3001, message: `request failed: ${PLAIN}` }]) {
      const login = desk.login.bind(desk)
      desk.login = async () => Promise.reject(err)
      source = async () => Promise.reject(err instanceof Error ? err : new Error(String((err as { message?: string }).message ?? err)))
      await settle(desk, session.reconnect())
      desk.login = login
      const sendText = desk.sendText.bind(desk)
      desk.sendText = async () => Promise.reject(err)
      await settle(desk, session.sendText('再试一次'))
      desk.sendText = sendText
    }
    source = async () => ({ userID: 'u_secret', userSig: FRESH })
    await settle(desk, session.reconnect())
    expect(store.getState().connection).toBe('connected')
    await settle(desk, session.stop())

    const texts = [...lines, ...[...errorFields, ...events].map((x) => JSON.stringify(x) ?? '')]
    expect(errorFields.filter(Boolean).length).toBeGreaterThan(3)
    expect(leaks(texts, [SIG, FRESH, PLAIN])).toEqual([])
  })
})

describe('the chat page', () => {
  it('logs launch problems without the sig', async () => {
    Current.router = { params: { SDKAppID: 'not-a-number', userID: 'u_secret', userSig: SIG, avatar: 'javascript:alert(1)' }, path: '/customer-service/pages/chat/index', onReady: '', onHide: '', onShow: '', shareTimelineEventName: '', shareAppMessageEventName: '' } as never
    render(<ChatPage />)
    expect(await screen.findByText('暂时无法打开客服')).toBeInTheDocument()
    expect(lines.length).toBeGreaterThan(0)
    expect(leaks(lines)).toEqual([])
  })
})
