import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { formatIssue, parseLaunchParams, redactQuery } from '../../launch'
import { LaunchErrorScreen } from '../../components/LaunchErrorScreen'
import { ChatScreen } from '../../components/ChatScreen'
import { userSigUrl } from '../../session/env'
import { canFetchSig } from '../../session/cloud-source'
import { t } from '../../i18n/strings'
import { StartErrorBoundary } from './StartErrorBoundary'

/** Chat page of the customer-service subpackage: parses its launch params, then shows the chat. */
export default function ChatPage() {
  const { params } = useRouter()
  // With a userSig source the session can use here (an endpoint; a cloud function only in WeChat), the sig may be
  // left out of the URL: the session fetches it.
  const result = useMemo(() => parseLaunchParams(params, { allowMissingUserSig: canFetchSig(userSigUrl()) }), [params])

  useEffect(() => {
    // Details for the host developer; the userSig never reaches the log.
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings]
    if (!issues.length) return
    const log = result.ok ? console.warn : console.error
    log('[customer-service] launch parameters:', issues.map((i) => formatIssue(i, 'en')).join('; '), redactQuery(params))
  }, [result, params])

  // The page config's title is Chinese; every other language names the page itself.
  const language = result.ok ? result.params.language : result.language
  useEffect(() => {
    if (language === 'zh') return
    try {
      Taro.setNavigationBarTitle({ title: t(language, 'title') }).catch(() => undefined)
    } catch {
      // a host without the API: the config title stays
    }
  }, [language])

  if (!result.ok) {
    return <LaunchErrorScreen errors={result.errors} warnings={result.warnings} language={result.language} />
  }
  return (
    <StartErrorBoundary params={result.params}>
      <ChatScreen params={result.params} />
    </StartErrorBoundary>
  )
}
