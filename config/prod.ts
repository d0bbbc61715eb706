import type { UserConfigExport } from '@tarojs/cli'
import { terser } from './terser'

// License banners are kept inline instead of extra *.LICENSE.txt files that would ship in the package.
function inlineLicenses(chain: any) {
  if (chain.optimization.minimizers.has('terserPlugin')) {
    chain.optimization.minimizer('terserPlugin').tap((args: any[]) => {
      args[0] = { ...args[0], extractComments: false }
      return args
    })
  }
}

export default {
  // UTF-8 output and terser's own compressions (why: ./terser). `npm run embed` gives a host app the same settings.
  terser,
  mini: {
    webpackChain(chain) {
      inlineLicenses(chain)
    }
  },
  h5: {}
} satisfies UserConfigExport<'webpack5'>
