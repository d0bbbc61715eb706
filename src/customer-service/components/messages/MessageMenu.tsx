// The long-press menu: a bottom sheet (the form sheet's styles) with only the actions that apply to the
// pressed message. On H5 it is a real menu for assistive tech: focus moves in, arrows move, Escape closes.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { StringKey, Translate } from '../../i18n/strings'
import type { ListItem } from '../../store/state'
import './kinds.scss'

export type MenuAction = 'copy' | 'quote' | 'recall'

/** The SDK's (and Tencent's kits') recall window, in seconds. */
const RECALL_LIMIT_S = 120
const LABELS: Record<MenuAction, StringKey> = { copy: 'copy', quote: 'menuQuote', recall: 'recall' }

export function copyText({ view: v }: ListItem): string | undefined {
  return v.kind === 'text' ? v.text : v.kind === 'richText' || v.kind === 'stream' ? v.markdown : undefined
}

/**
 * What the menu offers for a pressed bubble or card at `nowMs`; empty: no menu at all. Quoting only when the
 * screen can quote. Notices, recalled and unsupported messages are system lines: nothing to press.
 */
export function menuActions(item: ListItem, nowMs: number, canQuote: boolean): MenuAction[] {
  if (item.isRevoked) return []
  const sent = item.status === 'sent'
  const out: MenuAction[] = copyText(item) ? ['copy'] : []
  if (canQuote && sent) out.push('quote')
  if (item.flow === 'out' && sent && nowMs / 1000 - item.time < RECALL_LIMIT_S) out.push('recall')
  return out
}

/** H5 keyboard use of a sheet: focus on the first `selector` match, arrows move among them, Enter taps, Escape closes. */
export function useSheetKeys(selector: string, onClose: () => void) {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    const els = () => Array.from(document.querySelectorAll<HTMLElement>(selector))
    // Taro's H5 views are Stencil elements that move their children in place once loaded (a move drops focus):
    // focus after the sheet has loaded and drawn.
    const sheet = document.querySelector('.cs-tools') as (Element & { componentOnReady?: () => Promise<unknown> }) | null
    // Closed before it drew (a quick Escape): focus stays where the closing put it.
    let live = true
    const focusFirst = () => {
      if (!live) return
      const list = els()
      list.forEach((el) => (el.tabIndex = -1))
      list[0]?.focus()
    }
    void Promise.resolve(sheet?.componentOnReady?.()).then(() => requestAnimationFrame(focusFirst))
    const onKey = (e: KeyboardEvent) => {
      const list = els()
      const at = list.indexOf(document.activeElement as HTMLElement)
      const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? list.length - 1 : 0
      if (e.key === 'Escape') onClose()
      else if (step) list[(at + step) % list.length]?.focus()
      else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) list[at].click()
      else return
      e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      live = false
      document.removeEventListener('keydown', onKey)
    }
  }, [selector, onClose])
}

export interface MessageMenuProps {
  item: ListItem
  actions: MenuAction[]
  t: Translate
  onClose(): void
  onQuote?(item: ListItem): void
  onRecall(item: ListItem): void
}

// H5: a browser may turn the lifting of the finger that held the long press into a click on whatever opened
// under it (the menu's first item). Track fingers, and ignore clicks until shortly after that finger lifts.
// (weapp sends no tap after a longpress.)
let fingers = 0
let liftedAt = 0
if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
  const lift = (e: TouchEvent) => {
    fingers = e.touches.length
    liftedAt = Date.now()
  }
  document.addEventListener('touchstart', (e) => (fingers = e.touches.length), true)
  document.addEventListener('touchend', lift, true)
  document.addEventListener('touchcancel', lift, true)
}
const LIFT_CLICK_MS = 350

export function MessageMenu({ item, actions, t, onClose, onQuote, onRecall }: MessageMenuProps) {
  useSheetKeys('.cs-menu__item', onClose)
  // Opened while a finger was down: that finger's release is not a choice.
  const held = useRef(fingers > 0)
  const settled = () => !held.current || (fingers === 0 && Date.now() - liftedAt >= LIFT_CLICK_MS)
  const close = () => settled() && onClose()
  const run = (action: MenuAction) => {
    if (!settled()) return
    onClose()
    if (action === 'quote') onQuote?.(item)
    else if (action === 'recall') onRecall(item)
    else
      Taro.setClipboardData({ data: copyText(item) || '' })
        .then(() => Taro.showToast({ title: t('copied'), icon: 'none' }))
        .catch(() => undefined)
  }
  return (
    <View className='cs-sheet cs-tools'>
      <View className='cs-sheet__mask' onClick={close} />
      <View className='cs-sheet__panel' role='menu' ariaLabel={t('menuLabel')}>
        {actions.map((a) => (
          <View key={a} className='cs-menu__item' role='menuitem' onClick={() => run(a)}>
            {t(LABELS[a])}
          </View>
        ))}
      </View>
    </View>
  )
}
