// The fields of an editable src 33 form (inline card or bottom sheet): label, required mark, input or
// choices, and what is still missing. Required: a visible * and the word for screen readers.
import { Input, Text, View } from '@tarojs/components'
import type { Translate } from '../../i18n/strings'
import type { FormField } from '../../protocol/types'
import type { FormEditor } from './form-state'
import { Options } from './parts'
import { joinNames } from './text'
import './form.scss'

interface FormFieldsProps {
  fields: FormField[]
  editor: FormEditor
  t: Translate
  /** Sheet only: the page must not move under the keyboard (weapp adjustPosition), the sheet lifts itself. */
  onKeyboard?: (height: number, field: number) => void
}

export function FormFields({ fields, editor, t, onKeyboard }: FormFieldsProps) {
  const { values, set, sending, missing, failed } = editor
  const error = missing.length ? t('fillRequired') + joinNames(t, missing) : failed ? t('formFailed') : ''
  const keyboard = (i: number) =>
    onKeyboard && {
      adjustPosition: false,
      onFocus: (e: { detail: { height?: number } }) => onKeyboard(e.detail.height || 0, i),
      onKeyboardHeightChange: (e: { detail: { height?: number } }) => onKeyboard(e.detail.height || 0, i),
      onBlur: () => onKeyboard(0, i)
    }
  return (
    <View className='cs-form'>
      {fields.map((f, i) => (
        // Names may repeat in a desk's form: position is the identity.
        <View key={i} id={`cs-form-field-${i}`} className='cs-card__field'>
          <View className='cs-card__label'>
            <Text>{f.name}</Text>
            {f.required ? (
              <>
                <Text className='cs-card__required' aria-hidden='true'>
                  *
                </Text>
                <Text className='cs-sr'>{t('required')}</Text>
              </>
            ) : null}
          </View>
          {f.formType === 1 ? (
            <Options items={f.options.map((content) => ({ content }))} chosen={values[f.name]} disabled={sending} onPick={(m) => set(f.name, m.content)} />
          ) : (
            <Input
              className='cs-card__input'
              value={values[f.name] ?? ''}
              placeholder={f.placeholder}
              disabled={sending}
              nativeProps={{ 'aria-label': f.name, 'aria-required': f.required ? 'true' : undefined }}
              onInput={(e) => set(f.name, e.detail.value)}
              {...keyboard(i)}
            />
          )}
        </View>
      ))}
      {error ? (
        <View className='cs-card__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
