// The production minifier's settings (config/prod.ts). `npm run embed` copies them to a host app as
// config/chat-terser.<ts|js> and points its config/prod at them, so the chat's subpackage is as small there as here.

/**
 * Mini-programs run UTF-8 sources: keeping Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes
 * (6 bytes) saves several KB of package size. Taro's default terser options switch off most of terser's
 * compressions (a speed-over-size choice inherited from create-react-app); turning terser's own defaults back on
 * saves ≈ 5 KB more. `typeofs` stays off: it rewrites `typeof wx === 'undefined'` checks into references that
 * throw where the global is missing.
 */
export const terser = {
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
} as const
