import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
// Import the builder directly: the launch index also re-exports the parser, which hosts do not need.
import { buildServiceUrl, LaunchUrlError } from '../../customer-service/launch/build'
import { hostLaunchInput } from './host-launch'
import './index.scss'

/** Host demo page: what a host app does to open the customer-service chat. */
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

  return (
    <View className='host'>
      <View className='host__intro'>
        <Text className='host__title'>在线客服示例</Text>
        <Text className='host__desc'>点击下方按钮进入客服会话（未配置凭据时使用内置演示客服）。</Text>
      </View>
      <Button className='host__support' onClick={openChat}>
        咨询客服
      </Button>
    </View>
  )
}
