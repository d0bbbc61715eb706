// A long src 33 form in a bottom sheet (as the Desk kit does on mobile): its tip as the title, the fields
// scrolling inside, the submit button fixed at the bottom. weapp: the inputs do not push the page
// (adjustPosition false); the sheet lifts itself by the keyboard height and scrolls the focused field into
// view, as the composer does. Closing keeps what was typed; a failed submit keeps it too and says why.
import { ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Translate } from '../../i18n/strings'
import type { FormSheetState } from '../ChatScreen/use-form-sheet'
import { ButtonView } from '../ButtonView'
import { FormFields } from './FormFields'
import { initialValues, useFormEditor } from './form-state'
import { Tap } from './parts'
import './form.scss'

export function FormSheet({ sheet, t }: { sheet: FormSheetState; t: Translate }) {
  const { item, drafts, actions, close } = sheet
  const id = item?.id ?? ''
  const fields = item?.view.kind === 'form' ? item.view.fields : []
  const editor = useFormEditor(id, fields, actions, drafts.get(id) ?? initialValues(fields), (v) => drafts.set(id, v))
  const [keyboard, setKeyboard] = useState({ height: 0, field: -1 })
  if (!item || item.view.kind !== 'form') return null
  const title = item.view.tip || t('fillIn')
  // While sending the sheet stays: the answer (or why it failed) comes back here.
  const dismiss = editor.sending ? undefined : close
  const submit = () =>
    editor.submit(() => {
      drafts.delete(id)
      close()
    })

  return (
    <View className='cs-sheet' role='dialog' aria-modal='true' aria-label={title}>
      <View className='cs-sheet__mask' onClick={dismiss} />
      <View className='cs-sheet__panel' style={keyboard.height ? { paddingBottom: `${keyboard.height}px` } : undefined}>
        <View className='cs-sheet__head'>
          <Text className='cs-sheet__title'>{title}</Text>
          <ButtonView className='cs-sheet__close' label={t('close')} disabled={!dismiss} onClick={dismiss}>
            ×
          </ButtonView>
        </View>
        <ScrollView className='cs-sheet__body' scrollY scrollIntoView={keyboard.height ? `cs-form-field-${keyboard.field}` : undefined}>
          <FormFields fields={fields} editor={editor} t={t} onKeyboard={(height, field) => setKeyboard({ height, field })} />
        </ScrollView>
        <View className='cs-sheet__foot'>
          <Tap block='cs-card__submit' disabled={editor.sending} onTap={submit}>
            {t(editor.sending ? 'sending' : 'submit')}
          </Tap>
        </View>
      </View>
    </View>
  )
}
