// The chat in Thai and English, the launch error screen in Japanese, times per locale: what a user sees.
import { fireEvent, render, screen } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import { ChatScreen } from '../../../src/customer-service/components/ChatScreen'
import { LaunchErrorScreen } from '../../../src/customer-service/components/LaunchErrorScreen'
import { formatTime } from '../../../src/customer-service/components/messages/format'
import { DemoDesk } from '../../../src/customer-service/im/demo/demo-desk'
import ChatPage from '../../../src/customer-service/pages/chat/index'
import { launchParamsFor } from '../../builders/launch'

afterEach(() => jest.restoreAllMocks())

describe('ChatScreen in other languages', () => {
  it('Thai: the composer, the demo desk welcome and its answer are Thai', async () => {
    // The Desk takes no Thai in src 7: the demo desk is created in the page language (as createTransport does).
    const desk = new DemoDesk({ seed: 1, pace: 0, language: 'th' })
    const { unmount } = render(<ChatScreen params={launchParamsFor({ language: 'th' })} transport={desk} />)
    expect(await screen.findByLabelText('พิมพ์คำถามของคุณ')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'ส่ง' })).toBeInTheDocument()
    expect(await screen.findByText('คำถามที่คุณอาจสนใจ')).toBeInTheDocument()
    fireEvent.click(await screen.findByRole('button', { name: 'ปัญหาคำสั่งซื้อ' }))
    expect(await screen.findByText('โปรดเลือกประเภทปัญหาคำสั่งซื้อ')).toBeInTheDocument()
    expect(screen.queryByText('猜你想问')).toBeNull()
    unmount()
  })

  it('English: the demo desk learns the language from the session start (src 7) and answers in English', async () => {
    const desk = new DemoDesk({ seed: 1, pace: 0 })
    const { unmount } = render(<ChatScreen params={launchParamsFor({ language: 'en' })} transport={desk} />)
    expect(await screen.findByLabelText('Type your question')).toBeInTheDocument()
    expect(await screen.findByText('You may want to ask')).toBeInTheDocument()
    // A short refund question is vague: the desk asks back with its clarify card.
    fireEvent.click(await screen.findByRole('button', { name: 'I want a refund' }))
    expect(await screen.findByText('Which of these did you mean?')).toBeInTheDocument()
    expect(screen.queryByText(/请/)).toBeNull()
    unmount()
  })
})

describe('launch error screen in Japanese', () => {
  it('lists the problems in Japanese with a 戻る button', async () => {
    render(<LaunchErrorScreen language='ja' errors={[{ field: 'userSig', code: 'missing' }]} warnings={[{ field: 'avatar', code: 'unsafe_url' }]} />)
    expect(await screen.findByText('カスタマーサービスを開けません')).toBeInTheDocument()
    expect(screen.getByText('userSig がありません')).toBeInTheDocument()
    expect(screen.getByText('avatar は安全でない URL（javascript:、data: など）のため無視されました')).toBeInTheDocument()
    expect(screen.getByText('戻る')).toBeInTheDocument()
  })

  it('the chat page opened with language=ja-JP and no userID shows it', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const params = { SDKAppID: '1400000001', userSig: 'abc', language: 'ja-JP' }
    Current.router = { params, path: '/customer-service/pages/chat/index', onReady: '', onHide: '', onShow: '', shareTimelineEventName: '', shareAppMessageEventName: '' } as never
    render(<ChatPage />)
    expect(await screen.findByText('userID がありません（required with SDKAppID）')).toBeInTheDocument()
  })
})

describe('formatTime per locale', () => {
  const now = Date.UTC(2026, 10, 21, 12, 0) / 1000

  it('today, this year and before, in each locale (tests run in UTC)', () => {
    expect(formatTime(now - 60, now, 'zh-CN')).toBe('11:59')
    expect(formatTime(now - 86400, now, 'zh-CN')).toBe('11月20日 12:00')
    expect(formatTime(now - 400 * 86400, now, 'zh-CN')).toBe('2025年10月17日 12:00')
    expect(formatTime(now - 86400, now, 'en-US')).toBe('Nov 20, 12:00 PM')
    expect(formatTime(now - 86400, now, 'th-TH')).toBe('20 พ.ย. 12:00')
    expect(formatTime(now - 86400, now, 'ru-RU')).toBe('20 нояб., 12:00')
    expect(formatTime(now - 86400, now, 'ja-JP')).toBe('11月20日 12:00')
  })

  it('falls back to numbers without Intl, or without the locale data (some WeChat engines)', () => {
    jest.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([])
    expect(formatTime(now - 86400, now, 'vi-VN')).toBe('11-20 12:00')
    jest.restoreAllMocks()
    const intl = globalThis.Intl
    // @ts-expect-error: an engine without Intl
    delete globalThis.Intl
    try {
      expect(formatTime(now - 400 * 86400, now, 'ko-KR')).toBe('2025-10-17 12:00')
    } finally {
      globalThis.Intl = intl
    }
  })
})
