// The only module that loads the IM SDK. Imported by the session service in the subpackage, so neither
// the SDK nor its plugins can reach the main package.
// lite-chat's basic edition plus exactly the plugins the chat calls: history, resend, recall and merged
// messages (message-enhancer), images and voice with their own uploader (rich-media-message), and
// read receipts (conversation). The bare package would be the 556 KB standard edition.
import type { ChatTransport } from '../types'
import { TencentTransport } from './adapter'
import type { SdkNamespace } from './adapter'

/** An ES module's default export or a CommonJS/UMD module itself (the files are UMD; jest's stub is ESM-shaped). */
const load = <T>(mod: { default?: T } & T): T => mod.default || mod

export function createTencentTransport(SDKAppID: number): ChatTransport {
  // Required here, not imported at the top: evaluating basic.js starts a 1 s repeating timer before any
  // create(), so a static import would run the SDK with every chat page, demo mode included (and keep a
  // Node test runtime alive). webpack still bundles the files into this chunk; it evaluates them on first call.
  /* eslint-disable import/no-commonjs -- deferred evaluation, see above */
  const sdk = load<SdkNamespace>(require('@tencentcloud/lite-chat/basic'))
  const plugins = [
    require('@tencentcloud/lite-chat/plugins/message-enhancer'),
    require('@tencentcloud/lite-chat/plugins/rich-media-message'),
    require('@tencentcloud/lite-chat/plugins/conversation')
  ].map(load)
  /* eslint-enable import/no-commonjs */
  return new TencentTransport({ SDKAppID, sdk, plugins })
}
