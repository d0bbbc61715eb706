import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CHAT_PAGE_PATH } from '../../customer-service/launch/paths'
import './index.scss'

/** Host demo page: what a host app does to open the customer-service chat. */
export default function HostIndex() {
  const openChat = () => {
    Taro.navigateTo({ url: `${CHAT_PAGE_PATH}?demo=1` }).catch((err: unknown) => {
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
