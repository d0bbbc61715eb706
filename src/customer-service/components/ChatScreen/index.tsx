// ChatScreen: header, connection banner, the message list, the composer; kicked/fatal screens.
// Reads the store through small selectors only; every action goes through the session.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { LaunchParams } from '../../launch/types'
import type { ChatTransport, SoundSource } from '../../im/types'
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
import { useFormSheet } from './use-form-sheet'
import { FormSheet } from '../cards/FormSheet'
import { useMessageTools } from './use-message-tools'
import { useQuote } from './use-quote'
import '../theme/theme.scss'
import './index.scss'

// Voice input is weapp only (H5 plays voice but does not record); the Desk takes voice once a human agent is in seat.
const VOICE = process.env.TARO_ENV === 'weapp'
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
  // Long forms (33) open in a bottom sheet; the composer is hidden while it is open, as the Desk kit does.
  const sheet = useFormSheet(useCardActions(session, store, t, params.language, !!params.unconfirmedDeskShapes?.includes('optionLinks')), conv.messages)
  const { actions } = sheet
  const { onQuote, onCancelQuote } = useQuote(store, t)
  const { onLongPress, onOpenRelay, overlays } = useMessageTools(session, t, onQuote)
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
  const onSend = useCallback((text: string) => void session.sendTyped(text), [session])
  const onImage = useCallback((image: unknown) => void session.sendImage(image), [session])
  const onVoice = useCallback((sound: SoundSource) => void session.sendSound(sound), [session])
  const onResend = useCallback((id: string) => void session.resend(id), [session])
  const onLoadOlder = useCallback(() => void session.loadOlder(), [session])
  const reconnect = useCallback(() => void session.reconnect(), [session])

  const rowProps = useMemo(
    () => ({ t, actions, self: { nick: profile.nick, avatar: profile.avatar }, showAINote: params.enableAINote, showFeedback: params.enableFeedback, onResend, onLongPress, onOpenRelay }),
    [t, actions, profile.nick, profile.avatar, params.enableAINote, params.enableFeedback, onResend, onLongPress, onOpenRelay]
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
      {sheet.item && <FormSheet key={sheet.item.id} sheet={sheet} t={t} />}
      {/* Hidden, not removed: the list keeps its height, so it still follows the newest messages after the sheet. */}
      <View className='cs-screen__composer' style={sheet.item ? { visibility: 'hidden' } : undefined}>
        <Composer draft={conv.draft} disabledReason={disabledReason} t={t} onDraft={onDraft} onSend={onSend} onImage={onImage} quote={conv.quote} onCancelQuote={onCancelQuote} voice={VOICE && phase.phase === 'human'} onVoice={onVoice} />
      </View>
      {overlays}
    </View>
  )
}
