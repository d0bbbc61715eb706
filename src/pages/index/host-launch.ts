import type { LaunchInput } from '../../customer-service/launch/types'

/**
 * What the template's host page passes to the chat, from Taro env variables (.env.development,
 * see .env.example). With no SDKAppID the chat runs against the embedded demo desk.
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
