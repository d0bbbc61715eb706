// `@tarojs/taro` for jest: Taro's real H5 API implementation plus the React hooks of the
// React framework plugin, wired the way the H5 build wires them.
const React = require('react')
const ReactDOM = require('react-dom')
const h5 = require('@tarojs/plugin-platform-h5/dist/runtime/apis')
const reactRuntime = require('@tarojs/plugin-framework-react/dist/runtime')

// Registers React with the runtime so hooks such as useRouter/useLoad work.
reactRuntime.createH5NativeComponentConfig(() => null, React, ReactDOM)

const Taro = h5.default
// The H5 build exposes every API on the default export (Taro.showModal, …); do the same here.
for (const [name, value] of Object.entries(h5)) {
  if (name !== 'default' && !(name in Taro)) Taro[name] = value
}
const hooks = [
  'useAddToFavorites', 'useDidHide', 'useDidShow', 'useError', 'useKeyboardHeight', 'useLaunch', 'useLoad',
  'useOptionMenuClick', 'usePageNotFound', 'usePageScroll', 'usePullDownRefresh', 'usePullIntercept',
  'useReachBottom', 'useReady', 'useResize', 'useRouter', 'useSaveExitState', 'useScope', 'useShareAppMessage',
  'useShareTimeline', 'useTabItemTap', 'useTitleClick', 'useUnhandledRejection', 'useUnload'
]
for (const name of hooks) Taro[name] = reactRuntime[name]

module.exports = { ...h5, ...Object.fromEntries(hooks.map((n) => [n, reactRuntime[n]])), default: Taro, __esModule: true }
