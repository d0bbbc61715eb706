// Catches a chat that cannot start: createSession runs while ChatScreen first renders (useChatSession's useState
// initialiser), so a throw there — a build without the demo desk opened by a custom caller, the SDK's create()
// failing — would otherwise leave a blank page. Shows the launch error screen in the user's language instead.
import { Component } from 'react'
import type { ReactNode } from 'react'
import { issue } from '../../launch/issues'
import type { LaunchParams } from '../../launch/types'
import { LaunchErrorScreen } from '../../components/LaunchErrorScreen'
import { redactSecrets } from '../../im/errors'

interface Props {
  params: LaunchParams
  children: ReactNode
}

export class StartErrorBoundary extends Component<Props, { failed: boolean }> {
  static getDerivedStateFromError() {
    return { failed: true }
  }

  state = { failed: false }

  componentDidCatch(error: unknown) {
    // For the host developer; the message may quote what the SDK was given, so it is redacted like SDK messages.
    console.error('[customer-service] the chat could not start:', redactSecrets(String((error as Error)?.message ?? error)))
  }

  render() {
    const { params, children } = this.props
    if (!this.state.failed) return children
    // Without desk credentials the chat needs the demo desk: a build without it (TARO_APP_DEMO=off) says so, as the
    // launch parser does. Otherwise the launch's credentials could not start a session: the user sees the generic
    // screen, the developer the console line above.
    const demo = params.mode !== 'desk' || !params.SDKAppID
    return <LaunchErrorScreen errors={demo ? [issue('SDKAppID', 'no_demo')] : []} warnings={[]} language={params.language} />
  }
}
