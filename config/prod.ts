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
  // Mini-programs run UTF-8 sources: keeping Chinese text as UTF-8 (3 bytes a character) instead of
  // \uXXXX escapes (6 bytes) saves several KB of package size. Taro's default terser options switch
  // off most of terser's compressions (a speed-over-size choice inherited from create-react-app);
  // turning terser's own defaults back on saves ≈ 5 KB. `typeofs` stays off: it rewrites
  // `typeof wx === 'undefined'` checks into references that throw where the global is missing.
  terser: {
    enable: true,
    config: {
      compress: {
        ecma: 2017,
        passes: 2,
        arrows: true,
        collapse_vars: true,
        comparisons: true,
        computed_props: true,
        hoist_props: true,
        inline: true,
        loops: true,
        negate_iife: true,
        properties: true,
        reduce_funcs: true,
        reduce_vars: true,
        switches: true
      },
      output: { ecma: 2017, ascii_only: false }
    }
  },
  mini: {
    webpackChain(chain) {
      inlineLicenses(chain)
    }
  },
  h5: {}
} satisfies UserConfigExport<'webpack5'>
