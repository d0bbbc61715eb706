// The instant-open cache and the #18 message kinds. The cache's reader accepts only the bodies it checks, and one
// body it does not know makes the whole entry unusable (the last screen is lost): so locations, stickers and chat
// records are left out of what is written, and the messages around them still are.
import Taro from '@tarojs/taro'
import { OpenCache } from '../../../src/customer-service/session/open-cache'
import { applyHistory, createChatStore } from '../../../src/customer-service/store/chat-store'
import { cacheableTail } from '../../../src/customer-service/store/open-cache'
import { ACCOUNT, textMessage } from '../../builders/messages'

beforeEach(() => Taro.clearStorageSync())

describe('open cache and the new kinds', () => {
  it('writes the texts around a location, a sticker and a chat record, and reads them back', () => {
    const store = createChatStore([ACCOUNT], ACCOUNT)
    const kinds = [
      textMessage('', { body: { kind: 'location', description: '腾讯滨海大厦', latitude: 22.5, longitude: 113.9 } }),
      textMessage('', { body: { kind: 'face', index: 1, data: '[TUIEmoji_Smile]' } }),
      textMessage('', { body: { kind: 'relay', title: '记录', abstracts: ['a'], messages: [textMessage('内层')] } })
    ]
    applyHistory(store, ACCOUNT, { messages: [textMessage('前'), ...kinds, textMessage('后')], isCompleted: true }, { older: false })
    const tail = cacheableTail(store.getState().conversations[ACCOUNT], 30)!
    const cache = new OpenCache(Taro, 'u_kinds', ACCOUNT)
    cache.write(tail)
    expect(cache.read().map((m) => (m.body.kind === 'text' ? m.body.text : m.body.kind))).toEqual(['前', '后'])
  })
})
