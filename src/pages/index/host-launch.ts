import type { LaunchInput } from '../../customer-service/launch/types'

/**
 * What the template's host page passes to the chat, from Taro env variables (.env.development,
 * see .env.example). With no SDKAppID the chat runs against the embedded demo desk (a release build has none).
 */
export function hostLaunchInput(): LaunchInput {
  const sdk = process.env.TARO_APP_SDKAPPID
  const text = (v: string | undefined) => (v ? v : undefined)
  if (!sdk) return { nickName: text(process.env.TARO_APP_NICKNAME), avatar: text(process.env.TARO_APP_AVATAR) }
  return {
    SDKAppID: Number(sdk),
    userID: text(process.env.TARO_APP_USERID),
    userSig: text(process.env.TARO_APP_USERSIG),
    nickName: text(process.env.TARO_APP_NICKNAME),
    avatar: text(process.env.TARO_APP_AVATAR)
  }
}

/** The line under the host page's title: what 咨询客服 will open with this build's credentials and demo switch. */
export function hostIntro(): string {
  if (process.env.TARO_APP_SDKAPPID) return '点击下方按钮进入客服会话。'
  // A release build (TARO_APP_DEMO=off) without credentials: the chat shows its launch error screen.
  if (process.env.TARO_APP_DEMO === 'off') return '本版本不含演示客服（TARO_APP_DEMO=off），且未配置凭据：请在 .env 中配置 TARO_APP_SDKAPPID 等，否则客服页将提示参数错误。'
  return '点击下方按钮进入客服会话（未配置凭据时使用内置演示客服）。'
}
