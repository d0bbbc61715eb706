// The scrolling list: a window of rows over the whole conversation, history on scroll to top with
// the reading position kept, and a "N new messages" pill instead of yanking the user down.
import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { BaseEventOrig, ScrollViewProps } from '@tarojs/components'
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { indexById } from '../../store/messages'
import { isCached } from '../../store/open-cache'
import { isShown } from '../../store/shown'
import type { ListItem } from '../../store/state'
import type { Translate } from '../../i18n/strings'
import { formatTime, needsSeparator } from '../messages/format'
import { Indicator, SystemLine } from '../messages/Notices'
import { MessageRow } from '../messages/MessageRow'
import { quoteIn } from '../messages/QuoteBlock'
import type { RowProps } from '../messages/MessageRow'
import { SlottedRows } from './SlottedRows'
import type { WindowRow } from './SlottedRows'
import { anchorId, around, isPinned, PINNED, rangeOf, revealNewer, revealOlder } from './window'
import type { ListWindow } from './window'

/** Mini-programs recycle rows in fixed slots (setData re-sends every sibling of a removed row). */
const SLOTTED = process.env.TARO_ENV !== 'h5'

export interface MessageListProps {
  items: ListItem[]
  historyLoading: boolean
  historyCompleted: boolean
  onLoadOlder: () => void
  indicator?: string
  t: Translate
  rowProps: Omit<RowProps, 'item' | 'answer' | 'rated' | 'now'>
  answers: Record<string, string>
  ratedCards: string[]
  now: number
  /** Whether the user is at the newest messages (the store drops old ones from memory only then). */
  onFollowChange?: (following: boolean) => void
}

export const MessageList = memo(function MessageList(props: MessageListProps) {
  const { items, historyLoading, historyCompleted, onLoadOlder, indicator, t, rowProps, answers, ratedCards, now } = props
  const shown = useMemo(() => items.filter(isShown), [items])
  const ids = useMemo(() => shown.map((m) => m.id), [shown])
  const fromCache = useMemo(() => shown.some(isCached), [shown])
  const [win, setWin] = useState<ListWindow>(PINNED)
  const [anchor, setAnchorRaw] = useState<string>()
  // scroll-into-view only acts on a change: clear it first so the same target can be used again.
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const setAnchor = (id: string) => {
    setAnchorRaw('')
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setAnchorRaw(id), 0)
  }
  const flashTimer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(
    () => () => {
      clearTimeout(timer.current)
      clearTimeout(flashTimer.current)
    },
    []
  )
  const atBottom = useRef(true)
  const { onFollowChange } = props
  const follow = (value: boolean) => {
    if (atBottom.current !== value) onFollowChange?.(value)
    atBottom.current = value
  }
  // Mounted at the newest messages.
  useEffect(() => {
    onFollowChange?.(true)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, [])
  const lastDistance = useRef(Number.MAX_SAFE_INTEGER)
  const seenCount = useRef(ids.length)
  const [unseen, setUnseen] = useState(0)
  const [start, end] = rangeOf(ids, win)

  // New messages: follow them when the user is at the bottom (or sent them), else count them for the
  // pill. A streaming answer growing in place is followed too.
  const last = shown[shown.length - 1]
  const lastSeen = useRef<string>()
  useEffect(() => {
    if (!last) return
    const isNew = last.id !== lastSeen.current
    // Newer than what the user last saw (older pages prepended meanwhile do not count).
    const seenAt = lastSeen.current ? ids.indexOf(lastSeen.current) : -1
    const added = seenAt >= 0 ? ids.length - 1 - seenAt : ids.length - seenCount.current
    lastSeen.current = last.id
    seenCount.current = ids.length
    if (isNew && last.flow === 'out') {
      follow(true)
      setUnseen(0)
      setWin(PINNED)
      setAnchor('cs-list-bottom')
    } else if (atBottom.current && isPinned(win)) {
      setAnchor('cs-list-bottom')
    } else if (isNew && added > 0) {
      setUnseen((n) => n + added)
      // Hold the rows the user is reading still: a pinned window would drop its top row.
      if (isPinned(win)) setWin({ firstId: ids[start] })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow changes of the last item only
  }, [last])

  // After an older page arrives, keep the message the user was reading in place.
  const readingRef = useRef<string>()
  useEffect(() => {
    const reading = readingRef.current
    if (!reading || historyLoading) return
    readingRef.current = undefined
    setWin((w) => revealOlder(ids, { ...w, firstId: reading }))
    setAnchor(anchorId(reading))
  }, [ids, historyLoading])

  const onUpper = () => {
    const first = ids[start]
    if (!first) return
    if (start > 0) {
      setWin(revealOlder(ids, win))
      setAnchor(anchorId(first))
    } else if (!historyCompleted && !historyLoading) {
      // Over cached rows this asks for the first live page again (a retry when it failed).
      readingRef.current = first
      onLoadOlder()
    }
  }
  const onLower = () => {
    if (!isPinned(win)) setWin(revealNewer(ids, win))
    else {
      follow(true)
      setUnseen(0)
    }
  }
  // The distance from the bottom only grows when the user scrolls up: appended messages fire no
  // scroll event, and rows removed from the top shrink scrollTop and scrollHeight alike.
  const onScroll = (e: BaseEventOrig<ScrollViewProps.onScrollDetail>) => {
    const { scrollTop, scrollHeight } = e.detail
    const distance = scrollHeight - scrollTop
    if (distance > lastDistance.current + 4) follow(false)
    lastDistance.current = distance
  }
  // A tap on a quote: the original, when the list holds it, comes into view and flashes; else a toast says so.
  const [flash, setFlash] = useState<string>()
  const jump = useRef<(id: string) => void>()
  jump.current = (id) => {
    const i = ids.indexOf(id)
    if (i < 0) return void Taro.showToast({ title: t('quoteGone'), icon: 'none' })
    if (i < start || i >= end) {
      follow(false)
      setWin(around(ids, i))
    }
    setAnchor(anchorId(id))
    setFlash(id)
    clearTimeout(flashTimer.current)
    flashTimer.current = setTimeout(() => setFlash(undefined), 1600)
  }
  const onQuoteTap = useCallback((id: string) => jump.current?.(id), [])
  const toNewest = () => {
    follow(true)
    setUnseen(0)
    setWin(PINNED)
    setAnchor('cs-list-bottom')
  }

  const rows: WindowRow[] = []
  for (let i = start; i < end; i++) {
    const m = shown[i]
    // The time line goes with its row and compares with the previous message of the whole list, not of
    // the window: a row looks the same wherever the window starts, so sliding the window changes no row.
    const quoted = quoteIn(m)
    const node = (
      <View key={m.id} id={anchorId(m.id)} className={flash === m.id ? 'cs-list__flash' : undefined}>
        {needsSeparator(shown[i - 1]?.time, m.time) && <SystemLine text={formatTime(m.time, now, t('locale'))} />}
        <MessageRow
          {...rowProps}
          item={m}
          answer={answers[m.id]}
          rated={ratedCards.includes(m.id)}
          now={m.view.kind === 'rating' ? now : 0}
          t={t}
          quoteRevoked={quoted && items[indexById(items, quoted.id)]?.isRevoked}
          onQuoteTap={onQuoteTap}
        />
      </View>
    )
    rows.push({ id: m.id, position: i, node })
  }

  return (
    <View className='cs-list'>
      <ScrollView className='cs-list__scroll' scrollY scrollIntoView={anchor} upperThreshold={60} lowerThreshold={60} onScrollToUpper={onUpper} onScrollToLower={onLower} onScroll={onScroll} enhanced showScrollbar={false}>
        <View className='cs-list__top'>
          {historyLoading ? <Text className='cs-list__loading'>{t('loadingHistory')}</Text> : start === 0 && historyCompleted && <Text className='cs-list__end'>{t('noMore')}</Text>}
        </View>
        {!shown.length && !historyLoading && <SystemLine text={t('empty')} />}
        {SLOTTED ? <SlottedRows rows={rows} /> : rows.map((r) => r.node)}
        {indicator && <Indicator label={indicator} />}
        <View className='cs-list__bottom' id='cs-list-bottom' />
      </ScrollView>
      {fromCache && (
        <View className='cs-list__cached' role='status'>
          {t('cachedHistory')}
        </View>
      )}
      {unseen > 0 && (
        <View className='cs-list__pill' onClick={toNewest} role='button' ariaLabel={`${unseen} ${t('newMessages')}`}>
          {unseen} {t('newMessages')} ↓
        </View>
      )}
    </View>
  )
})
