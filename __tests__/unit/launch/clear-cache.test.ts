// The host's logout: clearChatCache removes what the chat keeps (instant-open rows, unsent texts), nothing else.
import Taro from '@tarojs/taro'
import { clearChatCache } from '../../../src/customer-service/launch'

describe('clearChatCache', () => {
  it('removes every cached conversation and outbox of every user, and leaves the host\'s own keys', () => {
    Taro.setStorageSync('cs-open:v1:u1:@customer_service_account', '{"v":1}')
    Taro.setStorageSync('cs-open:v1:owner', '{"userID":"u1","accounts":[]}')
    Taro.setStorageSync('cs-open:v1:u2:@other', '{"v":1}')
    Taro.setStorageSync('cs-outbox:u1:@customer_service_account', '[]')
    Taro.setStorageSync('host-token', 'keep me')
    expect(clearChatCache()).toBe(4)
    expect(Taro.getStorageInfoSync().keys).toEqual(['host-token'])
    expect(clearChatCache()).toBe(0)
  })
})
