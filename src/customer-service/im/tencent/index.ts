// The only module that loads the IM SDK. Imported (lazily) by the session service in the
// subpackage, so neither the SDK nor its plugins can reach the main package.
// lite-chat's basic edition plus exactly the plugins the chat calls: history, resend, recall and merged
// messages (message-enhancer), images and voice with their own uploader (rich-media-message), and
// read receipts (conversation). The bare package would be the 556 KB standard edition.
import TencentCloudChat from '@tencentcloud/lite-chat/basic'
import ConversationPlugin from '@tencentcloud/lite-chat/plugins/conversation'
import MessageEnhancerPlugin from '@tencentcloud/lite-chat/plugins/message-enhancer'
import RichMediaMessagePlugin from '@tencentcloud/lite-chat/plugins/rich-media-message'
import type { ChatTransport } from '../types'
import { TencentTransport } from './adapter'

export function createTencentTransport(SDKAppID: number): ChatTransport {
  return new TencentTransport({
    SDKAppID,
    sdk: TencentCloudChat,
    plugins: [MessageEnhancerPlugin, RichMediaMessagePlugin, ConversationPlugin]
  })
}
