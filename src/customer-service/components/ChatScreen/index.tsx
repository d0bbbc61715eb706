// ChatScreen: header, connection banner, the message list, the composer; kicked/fatal screens.
// Reads the store through small selectors only; every action goes through the session.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { LaunchParams } from '../../launch/types'
import type { ChatTransport } from '../../im/types'
import type { StringKey } from '../../i18n/strings'
import { translator } from '../../i18n/strings'
import { useChatSession } from '../../session/use-chat-session'
import { setDraft, setFollowing } from '../../store/chat-store'
import { isThinking, isTyping } from '../../store/session'
import { Composer } from '../composer/Composer'
import { MessageList } from '../list/MessageList'
import { Extensions } from './Extensions'
import { Header } from './Header'
import { FatalScreen, KickedScreen } from './Overlays'
import { useCardActions } from './use-card-actions'
import { useLongPress } from './use-long-press'
import '../theme/theme.scss'
import './index.scss'

const BANNERS: Partial<Record<string, StringKey>> = { connecting: 'connecting', reconnecting: 'reconnecting', disconnected: 'disconnected' }

export interface ChatScreenProps {
  params: LaunchParams
  /** Another ChatTransport (a test fake, a custom backend); default: the launch mode's. */
  transport?: ChatTransport
}

export function ChatScreen({ params, transport }: ChatScreenProps) {
  const { store, session } = useChatSession(params, transport)
  const t = useMemo(() => translator(params.language), [params.language])
  const connection = useStore(store, (s) => s.connection)
  const ready = useStore(store, (s) => s.ready)
  const kicked = useStore(store, (s) => s.kicked)
  const fatal = useStore(store, (s) => s.fatal)
  const notice = useStore(store, (s) => s.notice)
  const profile = useStore(store, (s) => s.profile)
  const conv = useStore(store, (s) => s.conversations[s.current])
  const actions = useCardActions(session, store, t, params.language)
  const onLongPress = useLongPress(session, t)
  const [now, setNow] = useState(() => Date.now())

  // Typing and thinking expire on their own: re-render when the nearest one does.
  const { session: phase } = conv
  useEffect(() => {
    const due = [phase.typingUntil, phase.thinkingSince ? phase.thinkingSince + 60_000 : 0].filter((x) => x > Date.now())
    if (!due.length) return
    const timer = setTimeout(() => setNow(Date.now()), Math.min(...due) - Date.now() + 10)
    return () => clearTimeout(timer)
  }, [phase.typingUntil, phase.thinkingSince])
  useEffect(() => setNow(Date.now()), [conv.messages])

  useEffect(() => {
    if (notice) Taro.showToast({ title: t(`err_${notice.reason}` as StringKey), icon: 'none' })
  }, [notice, t])

  const onDraft = useCallback((text: string) => setDraft(store, store.getState().current, text), [store])
  // While the user reads the newest messages the store may drop the oldest (fetched again on scroll back).
  const onFollow = useCallback((following: boolean) => setFollowing(store, store.getState().current, following), [store])
  const onSend = useCallback((text: string) => void session.sendText(text), [session])
  const onImage = useCallback((image: unknown) => void session.sendImage(image), [session])
  const onResend = useCallback((id: string) => void session.resend(id), [session])
  const onLoadOlder = useCallback(() => void session.loadOlder(), [session])
  const reconnect = useCallback(() => void session.reconnect(), [session])

  const rowProps = useMemo(
    () => ({ t, actions, self: { nick: profile.nick, avatar: profile.avatar }, showAINote: params.enableAINote, showFeedback: params.enableFeedback, onResend, onLongPress }),
    [t, actions, profile.nick, profile.avatar, params.enableAINote, params.enableFeedback, onResend, onLongPress]
  )

  if (kicked) return <KickedScreen reason={kicked} t={t} onReconnect={reconnect} />
  if (fatal) return <FatalScreen error={fatal} t={t} onRetry={reconnect} />

  const banner = BANNERS[connection]
  const indicator = isThinking(phase, now) ? t('thinking') : isTyping(phase, now) ? t('typing') : undefined
  const disabledReason = connection === 'connected' && ready ? undefined : t(connection === 'connecting' ? 'connecting' : 'notConnected')

  return (
    <View className='cs-theme cs-screen'>
      <Header store={store} session={session} t={t} demo={params.mode === 'demo'} />
      {banner && (
        <View className='cs-screen__banner' role='status'>
          {t(banner)}
        </View>
      )}
      <MessageList
        onFollowChange={onFollow}
        items={conv.messages}
        historyLoading={conv.historyLoading}
        historyCompleted={conv.historyCompleted}
        onLoadOlder={onLoadOlder}
        indicator={indicator}
        t={t}
        rowProps={rowProps}
        answers={conv.answers}
        ratedCards={conv.ratedCards}
        now={Math.floor(now / 1000)}
      />
      <Extensions params={params} store={store} session={session} t={t} openLink={actions.openLink} />
      <Composer draft={conv.draft} disabledReason={disabledReason} t={t} onDraft={onDraft} onSend={onSend} onImage={onImage} />
    </View>
  )
}
