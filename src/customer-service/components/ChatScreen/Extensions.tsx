// Above the composer: the quick order card (bottomQuickOrder) and the toolbar (toolbarButtonList).
import Taro from '@tarojs/taro'
import { memo, useCallback, useState } from 'react'
import { useStore } from 'zustand'
import type { LaunchParams, QuickOrder } from '../../launch/types'
import type { Translate } from '../../i18n/strings'
import type { ChatSession } from '../../session/service'
import type { ChatStore } from '../../store/chat-store'
import { QuickOrderCard, Toolbar } from '../extensions'

interface Props {
  params: LaunchParams
  store: ChatStore
  session: ChatSession
  t: Translate
  openLink: (url: string) => void
}

export const Extensions = memo(function Extensions({ params, store, session, t, openLink }: Props) {
  const phase = useStore(store, (s) => s.conversations[s.current].session.phase)
  const mayRate = useStore(store, (s) => s.conversations[s.current].session.clientMayRequestRating)
  const order = params.bottomQuickOrder
  const [orderShown, setOrderShown] = useState(!!order)

  const onPreset = useCallback(
    (id: string) => {
      if (id === 'humanService') void session.transferToHuman()
      else if (id === 'serviceRating') void session.requestRating()
      else if (id === 'endHumanService') void session.endHumanSession()
    },
    [session]
  )
  const onSendText = useCallback((text: string) => void session.sendText(text), [session])
  const onDisabled = useCallback((reason: string) => void Taro.showToast({ title: reason, icon: 'none' }), [])
  const onSendOrder = useCallback(
    (o: QuickOrder) => {
      setOrderShown(false)
      void session.sendQuickOrder(o)
    },
    [session]
  )

  return (
    <>
      {order && orderShown && <QuickOrderCard order={order} t={t} onSend={onSendOrder} onClose={() => setOrderShown(false)} />}
      <Toolbar
        buttons={params.toolbarButtonList}
        phase={phase}
        clientMayRequestRating={mayRate}
        t={t}
        onPreset={onPreset}
        onSendText={onSendText}
        onOpenLink={openLink}
        onDisabled={onDisabled}
        quickOrderHidden={!!order && !orderShown}
        onShowQuickOrder={order ? () => setOrderShown(true) : undefined}
      />
    </>
  )
})
