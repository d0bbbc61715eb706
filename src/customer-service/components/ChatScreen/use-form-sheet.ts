// The screen's bottom sheet for long forms (33): which form is open, and what was typed in each form so far
// (closing the sheet keeps it; reopening shows it). Cards open it through actions.openForm.
import { useMemo, useRef, useState } from 'react'
import type { Values } from '../cards/form-state'
import type { CardActions } from '../messages/types'
import type { ListItem } from '../../store/state'

export function useFormSheet(base: CardActions, items: ListItem[]) {
  const [openId, setOpenId] = useState<string>()
  const drafts = useRef(new Map<string, Values>()).current
  const actions = useMemo<CardActions>(() => ({ ...base, openForm: setOpenId }), [base])
  // Gone from the list (another account, trimmed): nothing is open, and the composer comes back.
  const item = openId ? items.find((m) => m.id === openId && m.view.kind === 'form') : undefined
  return { actions, item, drafts, close: () => setOpenId(undefined) }
}

export type FormSheetState = ReturnType<typeof useFormSheet>
