// The SDK's ES build has no typings of its own: it is the same API as the package's index.d.ts.
declare module '@tencentcloud/chat/index.es.js' {
  import TencentCloudChat from '@tencentcloud/chat'
  export default TencentCloudChat
}
