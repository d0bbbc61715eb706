import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import path from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { ModuleReportPlugin } from './module-report'
import { languageConstants } from './languages'
import { demoConstants } from './demo'
import devConfig from './dev'
import prodConfig from './prod'

// Docs: https://docs.taro.zone/docs/config-detail
const isH5 = process.env.TARO_ENV === 'h5'

// Host demo credentials (see .env.example). Every key is defined, empty when unset, so a build
// without a .env file still has plain strings where the code reads process.env.TARO_APP_*.
const HOST_ENV_KEYS = [
  'TARO_APP_SDKAPPID', 'TARO_APP_USERID', 'TARO_APP_USERSIG', 'TARO_APP_NICKNAME', 'TARO_APP_AVATAR',
  'TARO_APP_USERSIG_URL', 'TARO_APP_CONTACT_PHONE', 'TARO_APP_CONTACT_EMAIL', 'TARO_APP_CONTACT_REMARK', 'TARO_APP_WECOM_CORPID', 'TARO_APP_WECOM_URL'
]
const hostEnv = Object.fromEntries(HOST_ENV_KEYS.map((k) => [k, JSON.stringify(process.env[k] ?? '')]))
// Which UI language packs are bundled (TARO_APP_LANGUAGES, default zh,en): see ./languages.
const languageEnv = languageConstants()
// TARO_APP_DEMO=off: a release build without the demo desk (see ./demo).
const demoEnv = demoConstants()
const release = demoEnv.TARO_APP_DEMO === '"off"'

// Shared webpack tweaks for both platforms.
function tuneWebpack(chain: any) {
  chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
  if (process.env.MODULE_REPORT) {
    chain.plugin('module-report').use(ModuleReportPlugin, [path.resolve(process.env.MODULE_REPORT)])
  }
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'taro-desk-chat',
    date: '2026-11-21',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    // TARO_SOURCE_ROOT: the size bench builds a blank app fixture with this same config.
    sourceRoot: process.env.TARO_SOURCE_ROOT || 'src',
    // weapp output goes to dist/ (what WeChat DevTools opens); H5 to dist-h5/ so both can coexist.
    outputRoot: process.env.TARO_OUTPUT_ROOT || (isH5 ? 'dist-h5' : 'dist'),
    plugins: [],
    defineConstants: {},
    env: { ...hostEnv, ...languageEnv, ...demoEnv },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Persistent webpack cache: second builds take seconds instead of ~10 s.
    // Off for the bench builds: a cache filled by a map-less build would hand back degenerate maps.
    // The release build (no demo desk) keeps a cache of its own, so building both in turn does not thrash one.
    cache: { enable: !process.env.TARO_SOURCE_ROOT && !process.env.SOURCE_MAPS, ...(release ? { name: `${process.env.NODE_ENV}-${process.env.TARO_ENV}-release` } : {}) },
    mini: {
      // SOURCE_MAPS=1 (bench only): full source maps so the size report can attribute every output byte.
      ...(process.env.SOURCE_MAPS ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
      // Modules used only by the subpackage stay in customer-service/sub-vendors.js,
      // which keeps the IM SDK and the store out of the main package.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        tuneWebpack(chain)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      devServer: { host: '127.0.0.1', port: 10086 },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        // Taro sets 1rem from min(window width, height) and clamps it. The default cap (40px) lets a desktop
        // window draw everything at twice a phone's size; this caps it at a 414 px phone (WeChat's PC window),
        // so wide screens show a phone-scale chat in a centred column (ChatScreen/_wide.scss).
        pxtransform: { enable: true, config: { maxRootSize: (40 * 414) / 750 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        tuneWebpack(chain)
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
