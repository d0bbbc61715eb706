// What a row opens over the screen: the long-press menu or the chat-record viewer (one at a time). Held here,
// not in the row: the list may drop or recycle a row while its sheet is open.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChatSession } from '../../session/service'
import type { ListItem } from '../../store/state'
import type { Translate } from '../../i18n/strings'
import { menuActions, MessageMenu } from '../messages/MessageMenu'
import type { MenuAction } from '../messages/MessageMenu'
import { RelayViewer } from '../messages/RelayViewer'

export function useMessageTools(session: ChatSession, t: Translate, onQuote?: (item: ListItem) => void) {
  // With actions: the menu for that message; without: its chat record.
  const [open, setOpen] = useState<{ item: ListItem; actions?: MenuAction[] }>()
  const close = useCallback(() => setOpen(undefined), [])
  // H5: the bubble a keyboard or mouse opened the menu from gets focus back once the menu is gone.
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || open) return
    opener.current?.focus()
    opener.current = null
  }, [open])
  // No action applies (a failed message of the desk's kind, a recalled one): no menu at all.
  const onLongPress = useCallback(
    (item: ListItem) => {
      const actions = menuActions(item, Date.now(), !!onQuote)
      if (!actions.length) return
      if (process.env.TARO_ENV === 'h5') {
        const el = document.activeElement as HTMLElement | null
        if (el?.closest?.('.cs-row')) opener.current = el
      }
      setOpen({ item, actions })
    },
    [onQuote]
  )
  const onOpenRelay = useCallback((item: ListItem) => setOpen({ item }), [])
  const onRecall = useCallback((item: ListItem) => void session.revoke(item.id), [session])
  const load = useCallback((id: string) => session.loadRelay(id), [session])
  const v = open?.item.view
  let overlays: JSX.Element | undefined
  if (open?.actions) overlays = <MessageMenu item={open.item} actions={open.actions} t={t} onClose={close} onQuote={onQuote} onRecall={onRecall} />
  else if (v?.kind === 'relay') overlays = <RelayViewer id={open!.item.id} title={v.title} messages={v.messages} load={load} t={t} onClose={close} />
  return { onLongPress, onOpenRelay, overlays }
}
