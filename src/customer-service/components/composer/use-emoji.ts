// The composer's emoji panel: open or the keyboard, the caret it inserts at, and the room below the bar.
// The panel takes the keyboard's last height, so when one replaces the other the list above does not
// move. A keyboard going down is let go only after a short delay: the tap that opens the panel comes
// after the input's blur, and dropping the room in between would make the list jump twice.
import { useEffect, useRef, useState } from 'react'
import type { Sel } from './emoji'
import { erase, insert, loadRecent, remember } from './emoji'

interface Detail {
  value?: string
  cursor?: number
  height?: number
  selectionStart?: number
  selectionEnd?: number
}
type Ev = { detail: Detail }

const WEAPP = process.env.TARO_ENV === 'weapp'

export function useEmoji(draft: string, onDraft: (text: string) => void) {
  const [open, setOpen] = useState(false)
  const [keyboard, setKeyboard] = useState(0)
  // weapp: focus the input with the caret here (-1: leave it alone).
  const [focusAt, setFocusAt] = useState(-1)
  const [recent, setRecent] = useState(loadRecent)
  const sel = useRef<Sel>([0, 0])
  const last = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  // H5: the Input's host element; its native <input> knows the selection (Taro's onInput says the end).
  const host = useRef<HTMLElement>(null)
  const native = () => (WEAPP ? null : host.current?.querySelector('input'))
  // A keyboard drop still pending when the composer leaves the screen must not fire into nothing.
  useEffect(() => () => clearTimeout(timer.current), [])

  const room = (h: number, wait = 150) => {
    clearTimeout(timer.current)
    if (h) setKeyboard((last.current = h))
    else timer.current = setTimeout(() => setKeyboard(0), wait)
  }
  const track = (d?: Detail) => {
    const n = native()
    const a = n ? n.selectionStart : d?.selectionStart ?? d?.cursor
    if (a != null) sel.current = [a, (n ? n.selectionEnd : d?.selectionEnd) ?? a]
  }
  const caret = () => sel.current.map((x) => Math.min(x, draft.length)) as Sel
  const edit = ([text, at]: [string, number]) => {
    sel.current = [at, at]
    onDraft(text)
  }
  // Back to the keyboard: reserve its height now; let it go if the keyboard does not come.
  const toKeyboard = () => {
    setOpen(false)
    setKeyboard(last.current)
    room(0, 800)
  }

  const toggle = () => {
    if (open) {
      toKeyboard()
      const [a, b] = caret()
      const n = native()
      if (WEAPP) setFocusAt(a)
      n?.focus()
      n?.setSelectionRange(a, b)
    } else {
      // weapp hides the keyboard itself when a tap lands outside the input.
      track()
      native()?.blur()
      setFocusAt(-1)
      setOpen(true)
    }
  }

  return {
    open,
    toggle,
    /** Another mode (hold-to-talk) takes the input's place: no panel, no focus, and no room for the keyboard,
     *  which goes down with the input it belonged to without telling (no height-0 event). */
    close: () => {
      clearTimeout(timer.current)
      setOpen(false)
      setKeyboard(0)
      setFocusAt(-1)
    },
    recent,
    // Below the bar: the panel in the keyboard's place, or room for the keyboard itself.
    style: open ? (last.current ? { paddingBottom: 0 } : undefined) : keyboard ? { paddingBottom: `${keyboard}px` } : undefined,
    height: last.current,
    pick: (e: string) => {
      edit(insert(draft, caret(), e))
      setRecent(remember(e, recent))
    },
    erase: () => edit(erase(draft, caret())),
    input: {
      ref: host,
      onInput: (e: { detail: Detail & { value: string } }) => {
        track(e.detail)
        onDraft(e.detail.value)
      },
      onFocus: (e: Ev) => {
        if (open) toKeyboard()
        if (e.detail.height) room(e.detail.height)
      },
      onBlur: (e: Ev) => {
        track(e.detail)
        room(0)
        setFocusAt(-1)
      },
      onKeyboardHeightChange: (e: Ev) => room(e.detail.height || 0),
      // weapp only, and not while the panel is open: setting the value moves the caret to the end and may say
      // so (Chromium fires selectionchange on the H5 input then), while the panel keeps its own caret.
      ...(WEAPP ? { onSelectionChange: (e: Ev) => !open && track(e.detail), focus: focusAt > -1, cursor: focusAt } : {})
    }
  }
}
