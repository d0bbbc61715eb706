// Above the composer: the quick order card (bottomQuickOrder) and the toolbar (toolbarButtonList).
import Taro from '@tarojs/taro'
import { memo, useCallback, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { LaunchParams, PresetId, QuickOrder, ToolbarButton, TransferToHumanOptions, TransferToTaskFlowOptions } from '../../launch/types'
import { allows } from '../../launch/transfer'
import type { Translate } from '../../i18n/strings'
import type { ChatSession } from '../../session/service'
import type { ChatStore } from '../../store/chat-store'
import { newestShownId } from '../../store/shown'
import { QuickOrderCard, Toolbar } from '../extensions'
import { SessionEndedBar } from '../extensions/SessionEndedBar'

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
  // #19 a bot session ended on this device only (no confirmed message ends it): the id of the newest shown message
  // then; any newer one (the user typed on, the desk spoke) means the session goes on. Hidden signals (typing,
  // bot status, our quiet control sends) do not.
  const newest = (s: ReturnType<ChatStore['getState']>) => newestShownId(s.conversations[s.current].messages)
  const lastId = useStore(store, newest)
  const [endedAt, setEndedAt] = useState<string>()
  useEffect(() => setEndedAt((at) => (at === undefined || at === lastId ? at : undefined)), [lastId])
  const localEnd = endedAt !== undefined

  const onPreset = useCallback(
    (id: PresetId, options?: ToolbarButton['options']) => {
      if (id === 'humanService') void session.transferToHuman()
      else if (id === 'serviceRating') void session.requestRating()
      else if (id === 'endHumanService') void session.endHumanSession()
      else if (id === 'transferToHuman') void session.transferToHuman(options as TransferToHumanOptions | undefined)
      else if (id === 'transferToTaskFlow') void session.transferToTaskFlow(options as TransferToTaskFlowOptions | undefined)
      else if (id === 'botRating') void session.requestBotRating()
      else if (id === 'endBotService') {
        if (allows(params.unconfirmedDeskShapes, 'botSession')) void session.endBotSession()
        else setEndedAt(newest(store.getState()))
      }
    },
    [session, store, params.unconfirmedDeskShapes]
  )
  const onRestart = useCallback(() => {
    setEndedAt(undefined)
    void session.restartSession()
  }, [session])
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
      {localEnd && <SessionEndedBar t={t} onRestart={onRestart} />}
      {order && orderShown && <QuickOrderCard order={order} t={t} onSend={onSendOrder} onClose={() => setOrderShown(false)} />}
      <Toolbar
        buttons={params.toolbarButtonList}
        phase={localEnd ? 'ended' : phase}
        unconfirmed={params.unconfirmedDeskShapes}
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
