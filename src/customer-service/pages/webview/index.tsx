// Opens a toolbar/card link inside the mini-program. Only http(s) is accepted; the domain must be a
// business domain configured in the mini-program admin console (业务域名), else WeChat refuses to load
// it — then the link is copied instead, with a toast that says so.
import { View, WebView } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { safeDecode } from '../../launch/query'
import { safeUrl } from '../../components/markdown/safe-url'
import { t } from '../../i18n/strings'
import { normalizeLanguage, usableLanguage } from '../../launch/languages'

function targetOf(raw: string | undefined): string | undefined {
  const url = raw ? safeDecode(raw) ?? raw : ''
  return safeUrl(url) ?? undefined
}

export default function WebViewPage() {
  const { params } = useRouter()
  const url = useMemo(() => targetOf(params.url), [params.url])
  const lang = usableLanguage(normalizeLanguage(params.language || 'zh') || 'zh')
  const failed = () => {
    if (!url) return
    Taro.setClipboardData({ data: url })
      .then(() => Taro.showToast({ title: t(lang, 'webviewFailed'), icon: 'none' }))
      .finally(() => Taro.navigateBack().catch(() => undefined))
  }
  if (!url) return <View className='cs-webview-error'>{t(lang, 'toolbarBadLink')}</View>
  return <WebView src={url} onError={failed} />
}
