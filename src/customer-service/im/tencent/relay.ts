// Loading a merged message's inner messages when the IM stored them apart (a long chat record): the SDK's
// downloadMergerMessage takes its own Message instance, found again by ID (findMessage covers history too).
import type { ChatSDK } from '@tencentcloud/lite-chat/basic'
import { chatError, toChatError } from '../errors'
import type { ChatMessage } from '../types'
import { relayMessages } from './convert'

export async function loadRelay(chat: ChatSDK, messageId: string): Promise<ChatMessage[]> {
  const message = chat.findMessage(messageId)
  if (!message || message.type !== 'TIMRelayElem') throw chatError('notFound', 'relay', false, 'merged message not in the SDK')
  try {
    // Inline ones need no download; the SDK fills payload.messageList in place (and returns the message).
    const loaded = message.payload?.downloadKey ? await chat.downloadMergerMessage(message) : message
    return relayMessages((loaded || message).payload?.messageList)
  } catch (err) {
    throw toChatError(err, 'network')
  }
}
