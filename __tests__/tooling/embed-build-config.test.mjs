// The host's Taro build config gets the chat's language constants (env: { ...chatLanguageEnv() }), so its build
// carries only the packs TARO_APP_LANGUAGES names (zh,en by default): inserted ranges only, a second edit changes
// nothing, and shapes it cannot edit safely leave the file alone with a manual line.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import ts from 'typescript'
import { editBuildConfig } from '../../tools/embed/build-config.mjs'
import { helperSource } from '../../tools/embed/languages.mjs'
import { embed, fakeTarget } from '../embed/fake-target.mjs'

/** Edits, checks that editing again is a no-op, and returns the result. */
function edit(source, file = 'config/index.ts') {
  const res = editBuildConfig(source, { file })
  const again = editBuildConfig(res.text, { file })
  assert.equal(again.text, res.text, 'a second edit changes nothing')
  assert.deepEqual(again.changes, [])
  return res
}

/** The config object the edited source exports, with the helper module of this repo and TARO_APP_LANGUAGES set. */
function evaluate(source, languages) {
  const js = (src) => ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText
  const run = (src, req) => {
    const module = { exports: {} }
    vm.runInNewContext(js(src), { module, exports: module.exports, require: req, process: { env: languages ? { TARO_APP_LANGUAGES: languages } : {} } })
    return module.exports
  }
  const helper = run(helperSource('ts'), () => ({}))
  const exported = run(source, (id) => (id === './chat-languages' ? helper : { defineConfig: (f) => f }))
  const value = exported.default ?? exported
  return typeof value === 'function' ? value((a, b) => ({ ...a, ...b }), {}) : value
}

const TARO_INIT = `import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'

export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'app',
    sourceRoot: 'src',
    outputRoot: 'dist',
    defineConstants: {
    },
    copy: {
      patterns: [
      ]
    },
    framework: 'react'
  }
  return merge({}, baseConfig, devConfig)
})
`

describe('embed: the build config gets the language constants', () => {
  test('taro init shape: env after defineConstants, the import after the last one; zh,en by default, TARO_APP_LANGUAGES honoured', () => {
    const res = edit(TARO_INIT)
    assert.equal(res.text, TARO_INIT
      .replace("import devConfig from './dev'\n", "import devConfig from './dev'\nimport { languageConstants as chatLanguageEnv } from './chat-languages'\n")
      .replace('    copy: {', '    env: { ...chatLanguageEnv() },\n    copy: {'))
    const src = res.text.replace(/^import devConfig.*\n/m, 'const devConfig = {}\n').replace(/, type UserConfigExport/, '')
    const env = (languages) => evaluate(src, languages).then((c) => c.env)
    return Promise.all([env(), env('zh,en,th')]).then(([plain, th]) => {
      assert.equal(plain.TARO_APP_LANG_TH, '"false"')
      assert.equal(plain.TARO_APP_LANG_JA, '"false"')
      assert.equal(th.TARO_APP_LANG_TH, '"true"')
      assert.equal(th.TARO_APP_LANG_JA, '"false"')
    })
  })

  test('an existing env object: the spread goes first (the host\'s own entries still win), on one line or its own', () => {
    const inline = "const config = { projectName: 'a', framework: 'react', env: { API: '\"x\"' } }\nmodule.exports = function (merge) { return config }\n"
    const res = edit(inline, 'config/index.js')
    assert.equal(res.text, "const { languageConstants: chatLanguageEnv } = require('./chat-languages')\n" + inline.replace("env: { API", 'env: { ...chatLanguageEnv(), API'))
    const multi = 'import { defineConfig } from "@tarojs/cli";\n\nexport default defineConfig({\n\tprojectName: "a",\n\tframework: "react",\n\tenv: {\n\t\tAPI: "\'x\'",\n\t},\n});\n'
    assert.equal(edit(multi, 'config/index.js').text, multi
      .replace('"@tarojs/cli";\n', '"@tarojs/cli";\nimport { languageConstants as chatLanguageEnv } from "./chat-languages";\n')
      .replace('\tenv: {\n', '\tenv: {\n\t\t...chatLanguageEnv(),\n'))
    const empty = "export default { projectName: 'a', mini: {}, env: {} }\n"
    assert.match(edit(empty, 'config/index.js').text, /env: \{\n {2}\.\.\.chatLanguageEnv\(\)\n\}/)
  })

  test('no defineConstants: env at the end of the config object', () => {
    const source = "export default {\n  projectName: 'a',\n  framework: 'react' // last\n}\n"
    assert.equal(edit(source, 'config/index.js').text, "import { languageConstants as chatLanguageEnv } from './chat-languages'\nexport default {\n  projectName: 'a',\n  framework: 'react', // last\n  env: { ...chatLanguageEnv() }\n}\n")
  })

  test('shapes it cannot edit safely: the file stays as it is, with a manual line', () => {
    for (const [source, why] of [
      ["export default { projectName: 'a', framework: 'react', env: hostEnv }\n", /env is not an object literal/],
      ['module.exports = require("./shared")\n', /no config object found/],
      ['export default {\n', /does not parse/]
    ]) {
      const res = editBuildConfig(source, { file: 'config/index.js' })
      assert.equal(res.text, source)
      assert.equal(res.manual.length, 1)
      assert.match(res.manual[0], /add `env: \{ \.\.\.chatLanguageEnv\(\) \}`/)
      assert.match(res.manual[0], why)
    }
  })

  test('the CLI: helper + config edit when config/index exists; a manual line when it is absent; TARO_APP_LANGUAGES in the next steps', () => {
    const present = fakeTarget({ files: { 'config/index.ts': TARO_INIT } })
    const absent = fakeTarget({ lang: 'js', files: { 'config/index.js': null, 'config/prod.js': null } })
    try {
      const res = embed('--target', present.dir)
      assert.equal(res.code, 0, res.err)
      assert.match(res.out, /• config\/chat-languages\.ts: add/)
      assert.match(res.out, /• config\/index\.ts: bundle only the language packs TARO_APP_LANGUAGES names/)
      assert.match(res.out, /TARO_APP_LANGUAGES=zh,en,th/)
      assert.equal(readFileSync(path.join(present.dir, 'config/chat-languages.ts'), 'utf8'), helperSource('ts'))
      assert.match(readFileSync(path.join(present.dir, 'config/index.ts'), 'utf8'), /env: \{ \.\.\.chatLanguageEnv\(\) \}/)
      assert.match(embed('--target', present.dir).out, /Already embedded: nothing to change\./)
      const none = embed('--target', absent.dir)
      assert.equal(none.code, 0, none.err)
      assert.match(none.out, /no config\/index\.ts or config\/index\.js/)
      assert.equal(existsSync(path.join(absent.dir, 'config')), false)
    } finally {
      present.cleanup()
      absent.cleanup()
    }
  })

  test('a helper file of another content is not overwritten', () => {
    const t = fakeTarget({ lang: 'js', files: { 'config/chat-languages.js': '// mine\n' } })
    try {
      const res = embed('--target', t.dir)
      assert.equal(res.code, 0, res.err)
      assert.equal(readFileSync(path.join(t.dir, 'config/chat-languages.js'), 'utf8'), '// mine\n')
      assert.match(res.out, /config\/chat-languages\.js exists with other content/)
    } finally {
      t.cleanup()
    }
  })
})
