// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  // Class fields become plain assignments instead of defineProperty helper calls: smaller output
  // (no helper in the main package's vendors.js) and nothing of ours relies on define semantics.
  assumptions: { setPublicClassFields: true },
  presets: [
    ['taro', {
      framework: 'react',
      ts: true,
      compiler: 'webpack5'
    }]
  ]
}
