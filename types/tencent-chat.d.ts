// lite-chat 4.2.1's plugin typings: rich-media-message.d.ts exports an undeclared name (conversationPlugin),
// so every plugin the chat installs is declared here instead; an ambient module wins over the package's file.
// A plugin is opaque to us: it only goes to chat.use().
declare module '@tencentcloud/lite-chat/plugins/message-enhancer' {
  const plugin: unknown
  export default plugin
}
declare module '@tencentcloud/lite-chat/plugins/rich-media-message' {
  const plugin: unknown
  export default plugin
}
declare module '@tencentcloud/lite-chat/plugins/conversation' {
  const plugin: unknown
  export default plugin
}
