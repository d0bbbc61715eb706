import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatIssue } from '../../launch'
import type { Language, LaunchIssue } from '../../launch'
import { launchErrorText } from '../../i18n/launch-error'
import './index.scss'

interface Props {
  errors: LaunchIssue[]
  warnings: LaunchIssue[]
  language: Language
}

/** Shown instead of the chat when the launch parameters cannot start a session. */
export function LaunchErrorScreen({ errors, warnings, language }: Props) {
  const t = launchErrorText(language)
  const back = () => {
    Taro.navigateBack().catch(() => undefined)
  }
  return (
    <View className='cs-launch-error' role='alert'>
      <View className='cs-launch-error__icon'>!</View>
      <Text className='cs-launch-error__title'>{t.title}</Text>
      <Text className='cs-launch-error__body'>{t.body}</Text>
      <View className='cs-launch-error__details'>
        {/* A failure that is no parameter's fault (the chat could not start) lists nothing: no empty heading. */}
        {errors.length > 0 && <Text className='cs-launch-error__label'>{t.forDeveloper}</Text>}
        {errors.map((e) => (
          <Text key={`${e.field}:${e.code}`} className='cs-launch-error__item'>
            {formatIssue(e, language)}
          </Text>
        ))}
        {warnings.length > 0 && <Text className='cs-launch-error__label'>{t.alsoIgnored}</Text>}
        {warnings.map((w) => (
          <Text key={`${w.field}:${w.code}`} className='cs-launch-error__item cs-launch-error__item--muted'>
            {formatIssue(w, language)}
          </Text>
        ))}
      </View>
      <Button className='cs-launch-error__back' onClick={back}>
        {t.back}
      </Button>
    </View>
  )
}
