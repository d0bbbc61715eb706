// React glue: one session per chat page, started on mount, stopped (listeners off, transport
// destroyed, demo hook released) on unmount; page visibility feeds unread counts.
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { LaunchParams } from '../launch/types'
import type { ChatTransport } from '../im/types'
import type { HostEmit } from './service'
import { createSession, releaseDemoHook } from './create'

const emitToHost: HostEmit = (event, payload) => {
  Taro.eventCenter.trigger(event, payload)
}

export function useChatSession(params: LaunchParams, transport?: ChatTransport) {
  const [pair] = useState(() => createSession(params, emitToHost, transport))
  useEffect(() => {
    void pair.session.start()
    return () => {
      void pair.session.stop()
      releaseDemoHook(pair.transport)
    }
  }, [pair])
  useDidShow(() => pair.session.setVisible(true))
  useDidHide(() => pair.session.setVisible(false))
  return pair
}
