// Title (bot, or the agent in seat) and, with several accounts, the service picker.
import { Text, View } from '@tarojs/components'
import { memo, useMemo } from 'react'
import { useStore } from 'zustand'
import type { Translate } from '../../i18n/strings'
import type { ChatSession } from '../../session/service'
import type { ChatStore } from '../../store/chat-store'
import { accountLabel, ServicePicker } from '../extensions'

export const Header = memo(function Header({ store, session, t, demo }: { store: ChatStore; session: ChatSession; t: Translate; demo: boolean }) {
  const current = useStore(store, (s) => s.current)
  const phase = useStore(store, (s) => s.conversations[s.current].session)
  // Unread per account as one string, so the header re-renders only when a count changes.
  const unread = useStore(store, (s) => Object.values(s.conversations).map((c) => `${c.account}:${c.unread}`).join('|'))
  const accounts = useMemo(
    () =>
      unread.split('|').map((pair, i) => {
        const at = pair.lastIndexOf(':')
        const id = pair.slice(0, at)
        return { id, label: accountLabel(id, i, t), unread: Number(pair.slice(at + 1)) }
      }),
    [unread, t]
  )
  const title = phase.phase === 'human' ? phase.agent?.nick || t('agent') : t('bot')
  return (
    <View className='cs-screen__header'>
      <Text className='cs-screen__title'>{title}</Text>
      {demo && <Text className='cs-screen__tag'>DEMO</Text>}
      <ServicePicker accounts={accounts} current={current} t={t} onSwitch={(id) => void session.switchAccount(id)} />
    </View>
  )
})
