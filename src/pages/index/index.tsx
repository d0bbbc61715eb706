import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
// Import the builder directly: the launch index also re-exports the parser, which hosts do not need.
import { buildServiceUrl, LaunchUrlError } from '../../customer-service/launch/build'
import { ContactButton } from '../../contact/ContactButton'
import { buildWskSessionFrom } from '../../contact/wsk-profile'
import { openWeComService } from '../../contact/wecom'
import { hostIntro, hostLaunchInput } from './host-launch'
import { hostContactProfile, hostWeCom } from './host-contact'
import './index.scss'

/** Host demo page: the ways a host app offers customer service. */
export default function HostIndex() {
  const openChat = () => {
    let url: string
    try {
      url = buildServiceUrl(hostLaunchInput())
    } catch (err) {
      // A misconfigured host: say so instead of opening a chat that cannot start.
      const detail = err instanceof LaunchUrlError ? err.message : String(err)
      console.error('[host] cannot build the chat URL:', detail)
      Taro.showToast({ title: '客服参数配置有误', icon: 'none' })
      return
    }
    Taro.navigateTo({ url }).catch((err: unknown) => {
      console.error('[host] cannot open the chat page', err)
    })
  }

  const sessionFrom = useMemo(() => {
    const r = buildWskSessionFrom(hostContactProfile())
    if (!r.ok) console.error('[host] 微上客 profile:', r.errors.map((e) => `${e.field} ${e.message}`).join('; '))
    return r.ok ? r.sessionFrom : undefined
  }, [])
  const wecom = hostWeCom()
  const openWeCom = async () => {
    const r = await openWeComService(wecom!)
    if (!r.ok) Taro.showModal({ title: '企业微信客服', content: r.message, showCancel: false })
  }

  return (
    <View className='host'>
      <View className='host__intro'>
        <Text className='host__title'>在线客服示例</Text>
        <Text className='host__desc'>{hostIntro()}</Text>
      </View>
      <Button className='host__support' onClick={openChat}>
        咨询客服
      </Button>
      <ContactButton className='host__contact' sessionFrom={sessionFrom} showMessageCard sendMessageTitle='在线客服示例' sendMessagePath='/pages/index/index'>
        微信客服
      </ContactButton>
      {wecom && (
        <Button className='host__contact' onClick={openWeCom}>
          企业微信客服
        </Button>
      )}
    </View>
  )
}
