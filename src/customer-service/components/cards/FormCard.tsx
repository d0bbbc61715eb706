// Desk src 33: multi-field form, submitted once. In the list: the fields (a short form, answered here),
// a compact card whose 填写 button opens the bottom sheet (a long form, FormSheet), or, once answered, the
// values read-only. A card rendered without a sheet host (no actions.openForm) is always answered inline.
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import { FormFields } from './FormFields'
import { INLINE_MAX_FIELDS, initialValues, parseAnswer, useFormEditor } from './form-state'
import { Tap } from './parts'
import type { CardProps } from './parts'
import './cards.scss'

function Form({ item, answer, t, actions }: CardProps<'form'>) {
  const { view } = item
  const editor = useFormEditor(item.id, view.fields, actions, initialValues(view.fields))
  const answered = parseAnswer(answer)
  // Only nodeStatus 0 is answerable; 'filled' and a form without nodeStatus ('readOnly') show the desk's values.
  const fromDesk = view.status !== 'editable'
  const readOnly = answered !== undefined || fromDesk || editor.phase === 'sent'
  const title = view.tip ? <Text className='cs-card__title'>{view.tip}</Text> : null

  if (readOnly) {
    const shown = (name: string, value: string) => answered?.[name] ?? (fromDesk ? value : editor.values[name]) ?? ''
    return (
      <View className='cs-card cs-card--form'>
        {title}
        {view.fields.map((f, i) => (
          <View key={i} className='cs-card__field'>
            <Text className='cs-card__label'>{f.name}</Text>
            <Text className='cs-card__value'>{shown(f.name, f.value) || '—'}</Text>
          </View>
        ))}
        <Text className='cs-card__status'>{t(view.status === 'readOnly' && answered === undefined ? 'formViewOnly' : 'submitted')}</Text>
      </View>
    )
  }

  const { openForm } = actions
  if (openForm && view.fields.length > INLINE_MAX_FIELDS) {
    return (
      <View className='cs-card cs-card--form'>
        {title}
        <Text className='cs-card__hint'>{view.fields.map((f) => f.name).join(t('listSep'))}</Text>
        <Tap block='cs-card__submit' onTap={() => openForm(item.id)}>
          {t('fillIn')}
        </Tap>
      </View>
    )
  }

  return (
    <View className='cs-card cs-card--form'>
      {title}
      <FormFields fields={view.fields} editor={editor} t={t} />
      <Tap block='cs-card__submit' disabled={editor.sending} onTap={() => editor.submit()}>
        {t(editor.sending ? 'sending' : 'submit')}
      </Tap>
    </View>
  )
}

export const FormCard = memo(Form)
