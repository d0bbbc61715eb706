// What bubbles and cards can ask for, wired to the session and the platform.
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { ChatSession } from '../../session/service'
import type { ChatStore } from '../../store/chat-store'
import { markAnswered } from '../../store/chat-store'
import type { Translate } from '../../i18n/strings'
import type { CardActions } from '../messages/types'
import { safeUrl } from '../markdown/safe-url'
import { WEBVIEW_PAGE_PATH } from '../../launch/paths'

function openLink(raw: string, t: Translate, language: string) {
  // Only a single-slash page path or a clean http(s) URL: desk card urls and file links arrive unsanitised.
  const url = /^\/[A-Za-z0-9_-][\w\-./]*(\?[^\s#]*)?$/.test(raw) ? raw : safeUrl(raw)
  if (!url) return void Taro.showToast({ title: t('toolbarBadLink'), icon: 'none' })
  if (url.startsWith('/')) {
    // A mini-program page: navigate; tab pages only accept switchTab.
    Taro.navigateTo({ url }).catch(() => Taro.switchTab({ url: url.split('?')[0] }).catch(() => undefined))
    return
  }
  if (!/^https?:\/\//i.test(url)) return
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener,noreferrer')
    return
  }
  // In the mini-program: the web-view page (the domain must be a configured business domain); if even
  // navigating fails, hand the link over.
  Taro.navigateTo({ url: `${WEBVIEW_PAGE_PATH}?url=${encodeURIComponent(url)}&language=${language}` }).catch(() =>
    Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: t('linkCopied'), icon: 'none' }))
  )
}

export function useCardActions(session: ChatSession, store: ChatStore, t: Translate, language: string, optionLinks = false): CardActions {
  return useMemo<CardActions>(
    () => ({
      answerMenu: (id, item) => void session.answerMenu(id, item),
      answerWorkflow: (id, item) => void session.answerWorkflow(id, item),
      submitForm: (id, values) => session.submitForm(id, values),
      submitRating: (id, option) => session.submitRating(id, option),
      previewImage: (url) => {
        const s = store.getState()
        const urls = s.conversations[s.current].messages.filter((m) => !m.isRevoked && m.view.kind === 'image').map((m) => (m.view.kind === 'image' ? m.view.url : ''))
        Taro.previewImage({ current: url, urls: urls.length ? urls : [url] }).catch(() => undefined)
      },
      openLink: (url) => openLink(url, t, language),
      // #19 the same openLink (and allow-list) as toolbar link buttons; the `url` field of options is UNCONFIRMED.
      openOptionLink: optionLinks ? (url) => openLink(url, t, language) : undefined,
      // Local only: the Desk protocol reference has no customer-side feedback message.
      feedback: (id, helpful) => markAnswered(store, store.getState().current, id, helpful ? 'fb:up' : 'fb:down')
    }),
    [session, store, t, language, optionLinks]
  )
}
