import type { WskProfile } from '../../contact/wsk-profile'

const text = (v: string | undefined) => (v ? v : undefined)

/** The 微上客 profile the host page passes to WeChat's contact button, from env (see .env.example). */
export function hostContactProfile(): WskProfile {
  return {
    customerName: text(process.env.TARO_APP_NICKNAME) || '演示用户',
    headimgurl: text(process.env.TARO_APP_AVATAR),
    phoneNumber: text(process.env.TARO_APP_CONTACT_PHONE),
    email: text(process.env.TARO_APP_CONTACT_EMAIL),
    remark: text(process.env.TARO_APP_CONTACT_REMARK),
    customData: [{ label_cn: '来源', label_en: 'source', value: 'Taro 客服模板' }]
  }
}

export function hostWeCom() {
  const corpId = process.env.TARO_APP_WECOM_CORPID
  const url = process.env.TARO_APP_WECOM_URL
  return corpId && url ? { corpId, url } : undefined
}
