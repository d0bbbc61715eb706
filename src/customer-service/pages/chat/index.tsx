import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import './index.scss'

/** Chat page of the customer-service subpackage. */
export default function ChatPage() {
  const { params } = useRouter()
  const demo = !params.SDKAppID || params.demo === '1'

  return (
    <View className='cs-chat'>
      <View className='cs-chat__header'>
        <Text className='cs-chat__title'>智能客服</Text>
        <Text className='cs-chat__mode'>{demo ? '演示模式' : '在线'}</Text>
      </View>
      <View className='cs-chat__body'>
        <Text className='cs-chat__welcome'>您好，请问有什么可以帮您？</Text>
      </View>
    </View>
  )
}
