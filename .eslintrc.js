// Lint: Taro's React rules, React hooks rules, and the architecture's import boundaries.
module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:react-hooks/recommended'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    // Exactly one module talks to the IM SDK (see docs/architecture.md).
    'no-restricted-imports': ['error', {
      patterns: [{ group: ['@tencentcloud/lite-chat', '@tencentcloud/lite-chat/*'], message: 'Only src/customer-service/im/tencent/ may import the IM SDK.' }]
    }]
  },
  overrides: [
    {
      files: ['src/customer-service/im/tencent/**'],
      rules: { 'no-restricted-imports': 'off' }
    },
    {
      // The host (main package) may only use the launch contract: anything else would pull the
      // chat, the store or the SDK into the main package.
      files: ['src/app.ts', 'src/pages/**'],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            { group: ['**/customer-service/*', '!**/customer-service/launch'], message: 'The main package may import only customer-service/launch.' },
            { group: ['zustand', 'zustand/*', '@tencentcloud/lite-chat', '@tencentcloud/lite-chat/*'], message: 'Keep the store and the SDK out of the main package.' }
          ]
        }]
      }
    },
    {
      files: ['tools/**', '__tests__/**', 'config/**', 'server/**', '*.js', '.ci/**'],
      env: { node: true, jest: true, es2022: true },
      parserOptions: { ecmaVersion: 2022, sourceType: 'module', requireConfigFile: false },
      // Node-side scripts and jest setup use CommonJS where their loaders expect it.
      rules: { 'import/no-commonjs': 'off' }
    }
  ],
  ignorePatterns: ['dist/', 'dist-h5/', 'node_modules/', '.artifacts/']
}
