// Minimal Taro React projects of the shape `taro init` makes (package.json, src/app.config, tsconfig), for the
// fast embed tests: nothing installed, versions read from the package.json ranges.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import ts from 'typescript'
import { main } from '../../tools/embed/cli.mjs'
import { git } from './make-target.mjs'

export const APP_CONFIG = `export default defineAppConfig({
  pages: [
    'pages/index/index'
  ],
  window: {
    navigationBarTitleText: 'WeChat'
  }
})
`

/** The build config `taro init` writes, cut to the keys the embed reads. */
export const BUILD_CONFIG = `import { defineConfig } from '@tarojs/cli'

export default defineConfig(async (merge) => {
  const baseConfig = {
    projectName: 'host',
    sourceRoot: 'src',
    outputRoot: 'dist',
    defineConstants: {
    },
    framework: 'react',
    compiler: 'webpack5'
  }
  return merge({}, baseConfig)
})
`

/** config/prod as `taro init` writes it, without its comments. */
export const PROD_CONFIG = 'export default {\n  mini: {},\n  h5: {}\n}\n'

export function taroPackage({ taro = '4.2.1', react = '^18.0.0', extra = {} } = {}) {
  return {
    name: 'host',
    private: true,
    dependencies: { '@tarojs/components': taro, '@tarojs/plugin-framework-react': taro, '@tarojs/taro': taro, react, 'react-dom': react, ...extra },
    devDependencies: { '@tarojs/cli': taro }
  }
}

/**
 * A committed git repository with the given files (path → text or object written as JSON).
 * @param {{ files?: Record<string, string|object|null>, lang?: 'ts'|'js', git?: boolean }} [options]
 */
export function fakeTarget({ files = {}, lang = 'ts', git: withGit = true } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'embed-fake-'))
  const all = {
    'package.json': taroPackage(),
    [`src/app.config.${lang}`]: APP_CONFIG,
    [`config/index.${lang}`]: BUILD_CONFIG,
    [`config/prod.${lang}`]: PROD_CONFIG,
    ...(lang === 'ts' ? { 'tsconfig.json': { compilerOptions: { paths: { '@/*': ['./src/*'] } } } } : {}),
    ...files
  }
  for (const [rel, content] of Object.entries(all)) {
    if (content === null) continue
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n')
  }
  if (withGit) {
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'init')
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Every file under `dir` (without .git) with its content: equal snapshots mean nothing was written. */
export function snapshot(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    if (name === '.git') continue
    const abs = path.join(dir, name)
    if (statSync(abs).isDirectory()) snapshot(abs, base, out)
    else out[path.relative(base, abs)] = readFileSync(abs, 'utf8')
  }
  return out
}

/** Runs the CLI in-process; returns its exit code and everything it printed. */
export function embed(...args) {
  const lines = []
  const errors = []
  const code = main(args, { log: (s) => lines.push(String(s)), error: (s) => errors.push(String(s)) })
  return { code, out: lines.join('\n'), err: errors.join('\n') }
}

/** The value an app config source exports, evaluated the way Taro does (defineAppConfig is the identity). */
export function evalAppConfig(source) {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText
  const module = { exports: {} }
  vm.runInNewContext(js, { module, exports: module.exports, defineAppConfig: (c) => c })
  return JSON.parse(JSON.stringify(module.exports.default))
}
