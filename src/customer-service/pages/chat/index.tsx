import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { formatIssue, parseLaunchParams, redactQuery } from '../../launch'
import { LaunchErrorScreen } from '../../components/LaunchErrorScreen'
import './index.scss'

/** Chat page of the customer-service subpackage: parses its launch params, then shows the chat. */
export default function ChatPage() {
  const { params } = useRouter()
  const result = useMemo(() => parseLaunchParams(params), [params])

  useEffect(() => {
    // Details for the host developer; the userSig never reaches the log.
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings]
    if (!issues.length) return
    const log = result.ok ? console.warn : console.error
    log('[customer-service] launch parameters:', issues.map((i) => formatIssue(i, 'en')).join('; '), redactQuery(params))
  }, [result, params])

  if (!result.ok) {
    return <LaunchErrorScreen errors={result.errors} warnings={result.warnings} language={result.language} />
  }
  const { params: launch } = result
  return (
    <View className='cs-chat'>
      <View className='cs-chat__header'>
        <Text className='cs-chat__title'>{launch.language === 'en' ? 'Customer service' : '智能客服'}</Text>
        <Text className='cs-chat__mode'>{launch.mode === 'demo' ? (launch.language === 'en' ? 'Demo' : '演示模式') : ''}</Text>
      </View>
      <View className='cs-chat__body'>
        <Text className='cs-chat__welcome'>{launch.language === 'en' ? 'Hello, how can we help you?' : '您好，请问有什么可以帮您？'}</Text>
      </View>
    </View>
  )
}
