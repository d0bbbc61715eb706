// The chat lives in its own subpackage so the IM SDK never weighs on the main package.
// '/customer-service/pages/chat/index' is a public contract: hosts navigate to it.
export default defineAppConfig({
  pages: ['pages/index/index'],
  subPackages: [
    {
      root: 'customer-service',
      pages: ['pages/chat/index', 'pages/webview/index']
    }
  ],
  preloadRule: {
    // Fetch the chat subpackage as soon as the host page opens, on any network.
    'pages/index/index': {
      network: 'all',
      packages: ['customer-service']
    }
  },
  // Inject only the code the open page declares (WeChat 按需注入). Taro declares its recursive `comp`
  // renderer in every page's usingComponents, so nothing the templates need is left out: see
  // docs/quality-scan.md for the build that proves it.
  lazyCodeLoading: 'requiredComponents',
  // Follow the system theme: the chat's CSS variables switch under prefers-color-scheme: dark.
  darkmode: true,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '在线客服',
    navigationBarTextStyle: 'black'
  }
})
