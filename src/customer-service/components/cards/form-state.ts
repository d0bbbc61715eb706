// The editing state of a src 33 form, shared by the inline card and the bottom sheet: the values, the
// required fields found empty, and submit-once. Required fields are checked here before anything is sent
// (like the kit: on submit, naming what is missing); the session checks again and its verdict shows the same way.
import { useRef, useState } from 'react'
import type { FormField } from '../../protocol/types'
import type { CardActions } from '../messages/types'

export type Values = Record<string, string>

/**
 * Forms with more fields than this open in a bottom sheet; shorter ones (a phone number, a yes/no) are
 * answered in the card, one tap less and the question stays in view. The kit pops every form up on mobile;
 * the issue asks it of long forms, and a 2-field card has none of the keyboard and space trouble a sheet solves.
 */
export const INLINE_MAX_FIELDS = 2

/** The session records a submitted form's answer as the JSON of its values. */
export function parseAnswer(answer: string | undefined): Values | undefined {
  if (answer === undefined) return undefined
  try {
    const v: unknown = JSON.parse(answer)
    return v && typeof v === 'object' ? (v as Values) : {}
  } catch {
    return {}
  }
}

export const initialValues = (fields: FormField[]): Values => Object.fromEntries(fields.map((f) => [f.name, f.value]))

export function useFormEditor(id: string, fields: FormField[], actions: CardActions, initial: Values, onChange?: (v: Values) => void) {
  const [values, setValues] = useState<Values>(initial)
  const [missing, setMissing] = useState<string[]>([])
  const [phase, setPhase] = useState<'editing' | 'sending' | 'sent'>('editing')
  // The last submit did not go out (network, desk refused): said where the user is, next to the button.
  const [failed, setFailed] = useState(false)
  // A ref, not state: two taps in one frame must not both get through.
  const busy = useRef(false)

  const set = (name: string, value: string) =>
    setValues((v) => {
      const next = { ...v, [name]: value }
      onChange?.(next)
      return next
    })

  const submit = (onSent?: () => void) => {
    if (busy.current || phase === 'sent') return
    const empty = fields.filter((f) => f.required && !(values[f.name] ?? '').trim()).map((f) => f.name)
    setMissing(empty)
    setFailed(false)
    if (empty.length) return
    busy.current = true
    setPhase('sending')
    // A failed send keeps every value: the user only fixes what is named, or taps again.
    const retry = (names: string[]) => {
      busy.current = false
      setMissing(names)
      setFailed(!names.length)
      setPhase('editing')
    }
    actions.submitForm(id, values).then(
      (r) => {
        if (!r.ok) return retry(r.missing)
        setPhase('sent')
        onSent?.()
      },
      () => retry([])
    )
  }

  return { values, set, missing, failed, phase, sending: phase === 'sending', submit }
}

export type FormEditor = ReturnType<typeof useFormEditor>
