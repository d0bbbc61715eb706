// The only module that loads the IM SDK. Imported (lazily) by the session service in the
// subpackage, so neither the SDK nor the upload plugin can reach the main package.
import TencentCloudChat from '@tencentcloud/chat/index.es.js'
import TIMUploadPlugin from 'tim-upload-plugin'
import type { ChatTransport } from '../types'
import { TencentTransport } from './adapter'

export function createTencentTransport(SDKAppID: number): ChatTransport {
  return new TencentTransport({
    SDKAppID,
    sdk: TencentCloudChat,
    uploadPlugin: TIMUploadPlugin
  })
}
