// WeCom (企业微信) customer service: wx.openCustomerServiceChat, feature-detected.
import Taro from '@tarojs/taro'

export interface WeComOptions {
  corpId: string
  /** The customer-service link from the WeCom admin console (https://work.weixin.qq.com/kfid/…). */
  url: string
  showMessageCard?: boolean
  sendMessageTitle?: string
  sendMessagePath?: string
  sendMessageImg?: string
}

export type WeComResult = { ok: true } | { ok: false; reason: 'notWeChat' | 'unsupported' | 'badConfig' | 'failed'; message: string }

export async function openWeComService(options: WeComOptions): Promise<WeComResult> {
  if (process.env.TARO_ENV === 'h5') return { ok: false, reason: 'notWeChat', message: '请在微信中打开小程序，即可联系企业微信客服' }
  if (!options.corpId || !/^https:\/\/work\.weixin\.qq\.com\//.test(options.url)) {
    return { ok: false, reason: 'badConfig', message: '企业微信客服未配置：需要 corpId 和 https://work.weixin.qq.com/kfid/… 链接' }
  }
  // Base library 2.19.0+; older WeChat versions lack it.
  if (!Taro.canIUse('openCustomerServiceChat')) {
    return { ok: false, reason: 'unsupported', message: '当前微信版本过低，请升级微信后再联系客服' }
  }
  try {
    const { url, corpId, ...card } = options
    await Taro.openCustomerServiceChat({ extInfo: { url }, corpId, ...card })
    return { ok: true }
  } catch (err) {
    return { ok: false, reason: 'failed', message: (err as { errMsg?: string })?.errMsg || '无法打开企业微信客服' }
  }
}
