// Desk src 33: multi-field form, submitted once. Required fields are checked here before anything
// is sent; the session checks again and its verdict is shown the same way.
import { Input, Text, View } from '@tarojs/components'
import { memo, useRef, useState } from 'react'
import type { FormField } from '../../protocol/types'
import { Options, Tap } from './parts'
import type { CardProps } from './parts'
import { joinNames } from './text'
import './cards.scss'

type Values = Record<string, string>

/** The session records a submitted form's answer as the JSON of its values. */
function parseAnswer(answer: string | undefined): Values | undefined {
  if (answer === undefined) return undefined
  try {
    const v: unknown = JSON.parse(answer)
    return v && typeof v === 'object' ? (v as Values) : {}
  } catch {
    return {}
  }
}

function Form({ item, answer, t, actions }: CardProps<'form'>) {
  const { view } = item
  const [values, setValues] = useState<Values>(() => Object.fromEntries(view.fields.map((f) => [f.name, f.value])))
  const [missing, setMissing] = useState<string[]>([])
  const [phase, setPhase] = useState<'editing' | 'sending' | 'sent'>('editing')
  // A ref, not state: two taps in one frame must not both get through.
  const busy = useRef(false)
  const answered = parseAnswer(answer)
  // Only nodeStatus 0 is answerable; 'filled' and a form without nodeStatus ('readOnly') show the desk's values.
  const fromDesk = view.status !== 'editable'
  const readOnly = answered !== undefined || fromDesk || phase === 'sent'
  const sending = phase === 'sending'

  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }))
  const shown = (f: FormField) => answered?.[f.name] ?? (fromDesk ? f.value : values[f.name]) ?? ''

  const submit = () => {
    if (readOnly || busy.current) return
    const empty = view.fields.filter((f) => f.required && !(values[f.name] ?? '').trim()).map((f) => f.name)
    setMissing(empty)
    if (empty.length) return
    busy.current = true
    setPhase('sending')
    const retry = (names: string[]) => {
      busy.current = false
      setMissing(names)
      setPhase('editing')
    }
    actions.submitForm(item.id, values).then(
      (r) => (r.ok ? setPhase('sent') : retry(r.missing)),
      () => retry([])
    )
  }

  return (
    <View className='cs-card cs-card--form'>
      {view.tip ? <Text className='cs-card__title'>{view.tip}</Text> : null}
      {view.fields.map((f, i) => (
        // Names may repeat in a desk's form: position is the identity.
        <View key={i} className='cs-card__field'>
          <View className='cs-card__label'>
            <Text>{f.name}</Text>
            {f.required && !readOnly ? <Text className='cs-card__required'>{t('required')}</Text> : null}
          </View>
          {readOnly ? (
            <Text className='cs-card__value'>{shown(f) || '—'}</Text>
          ) : f.formType === 1 ? (
            <Options items={f.options.map((content) => ({ content }))} chosen={values[f.name]} disabled={sending} onPick={(m) => set(f.name, m.content)} />
          ) : (
            <Input
              className='cs-card__input'
              value={values[f.name] ?? ''}
              placeholder={f.placeholder}
              disabled={sending}
              nativeProps={{ 'aria-label': f.name }}
              onInput={(e) => set(f.name, e.detail.value)}
            />
          )}
        </View>
      ))}
      {missing.length > 0 && !readOnly ? (
        <View className='cs-card__error' role='alert'>
          {t('fillRequired') + joinNames(t, missing)}
        </View>
      ) : null}
      {view.status === 'readOnly' && answered === undefined ? (
        <Text className='cs-card__status'>{t('formViewOnly')}</Text>
      ) : readOnly ? (
        <Text className='cs-card__status'>{t('submitted')}</Text>
      ) : (
        <Tap block='cs-card__submit' disabled={sending} onTap={submit}>
          {t(sending ? 'sending' : 'submit')}
        </Tap>
      )}
    </View>
  )
}

export const FormCard = memo(Form)
