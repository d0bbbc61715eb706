import type { UserConfigExport } from '@tarojs/cli'

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
  mini: {
    webpackChain(chain) {
      inlineLicenses(chain)
    }
  },
  h5: {}
} satisfies UserConfigExport<'webpack5'>
