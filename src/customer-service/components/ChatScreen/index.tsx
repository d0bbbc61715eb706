// First ChatScreen: connection banner, the message list from the store, a composer.
import { Button, Input, ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useStore } from 'zustand'
import type { LaunchParams } from '../../launch/types'
import { useChatSession } from '../../session/use-chat-session'
import type { ChatState } from '../../store/state'
import { summary } from './summary'
import './index.scss'

const BANNER: Partial<Record<ChatState['connection'], string>> = {
  connecting: '正在连接…',
  reconnecting: '网络不稳定，正在重连…',
  disconnected: '网络已断开',
  kicked: '您已在其他设备登录'
}

export function ChatScreen({ params }: { params: LaunchParams }) {
  const { store, session } = useChatSession(params)
  const connection = useStore(store, (s) => s.connection)
  const messages = useStore(store, (s) => s.conversations[s.current].messages)
  const [draft, setDraft] = useState('')
  const send = () => {
    const text = draft
    setDraft('')
    void session.sendText(text)
  }
  const items = messages.map((m) => ({ m, line: summary(m.view) })).filter((x) => x.line !== undefined && !x.m.isRevoked)
  return (
    <View className='cs-screen'>
      {BANNER[connection] && <View className='cs-screen__banner'>{BANNER[connection]}</View>}
      <ScrollView className='cs-screen__list' scrollY scrollIntoView={items.length ? `m-${items.length - 1}` : undefined}>
        {items.map(({ m, line }, i) => (
          <View key={m.id} id={`m-${i}`} className={`cs-screen__row cs-screen__row--${m.flow}`}>
            <Text className='cs-screen__bubble'>{line}</Text>
            {m.status === 'failed' && <Text className='cs-screen__failed'>发送失败</Text>}
          </View>
        ))}
      </ScrollView>
      <View className='cs-screen__composer'>
        <Input className='cs-screen__input' value={draft} placeholder='请输入您的问题' confirmType='send' onInput={(e) => setDraft(e.detail.value)} onConfirm={send} />
        <Button className='cs-screen__send' disabled={!draft.trim()} onClick={send}>
          发送
        </Button>
      </View>
    </View>
  )
}
