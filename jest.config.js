// Jest runs component tests against the real Taro H5 components (web components rendered by Stencil).
const esmPackages = [
  '@tarojs', '@stencil', 'swiper', 'ssr-window', 'dom7', 'lodash-es', 'query-string',
  'decode-uri-component', 'split-on-first', 'filter-obj', 'zustand', 'nanoid'
].join('|')

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.[jt]s?(x)', '<rootDir>/__tests__/conformance/**/*.test.[jt]s?(x)', '<rootDir>/__tests__/emulator/**/*.test.[jt]s?(x)', '<rootDir>/src/**/*.test.[jt]s?(x)'],
  setupFiles: ['<rootDir>/__tests__/setup/env.js'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/after-env.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/__tests__/setup/taro-h5.js',
    // lite-chat's basic edition and its plugins (the emulator tests load the real files themselves).
    '^@tencentcloud/lite-chat/(basic|plugins/.+)$': '<rootDir>/__tests__/setup/sdk-stub.js',
    '\\.(css|scss|sass|less)$': '<rootDir>/__tests__/setup/style-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1'
  },
  transform: {
    '^.+\\.(t|j)sx?$': 'babel-jest',
    '^.+\\.mjs$': 'babel-jest'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  // Anchored at the start of the path: anything below one of these packages is transformed,
  // including the nested node_modules/.pnpm folders inside Taro's dist.
  transformIgnorePatterns: [`^(?!.*/node_modules/(${esmPackages})).*/node_modules/`],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react'
  }
}
