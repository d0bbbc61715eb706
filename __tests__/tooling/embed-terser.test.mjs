// The host's production build gets the template's minifier (terser: chatTerser from config/chat-terser), so the
// chat's subpackage is as small there as here: inserted ranges only, a second edit changes nothing, terser settings
// of the host's own are left alone, and shapes it cannot edit safely get the one line to add by hand.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import ts from 'typescript'
import { REPO } from '../../tools/embed/copy.mjs'
import { editProdConfig, planTerser, terserHelperSource } from '../../tools/embed/terser.mjs'
import { embed, fakeTarget } from '../embed/fake-target.mjs'

const transpile = (src) => ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText

/** Runs CommonJS-transpiled source; `req` answers its require calls. */
function run(src, req = () => ({})) {
  const module = { exports: {} }
  vm.runInNewContext(transpile(src), { module, exports: module.exports, require: req })
  return module.exports
}

/** The terser settings this repo's own config/prod.ts builds with. */
const own = (file) => readFileSync(path.join(REPO, 'config', file), 'utf8')
const templateTerser = JSON.parse(JSON.stringify(run(own('prod.ts'), (id) => (id === './terser' ? run(own('terser.ts')) : {})).default.terser))

/** Edits, checks that editing again is a no-op, and returns the result. */
function edit(source, file = 'config/prod.ts') {
  const res = editProdConfig(source, { file })
  const again = editProdConfig(res.text, { file })
  assert.equal(again.text, res.text, 'a second edit changes nothing')
  assert.deepEqual(again.changes, [])
  assert.deepEqual(again.manual, [])
  return res
}

/** What a config source exports, with config/chat-terser resolved to the helper as the host gets it. */
function evaluate(source, ext = 'ts') {
  const helper = run(terserHelperSource(ext))
  const exported = run(source, (id) => (id === './chat-terser' ? helper : { defineConfig: (c) => c }))
  return JSON.parse(JSON.stringify(exported.default ?? exported))
}

// config/prod.ts of `taro init` 4.2.1 (TypeScript), its h5 comment block cut short.
const TARO_INIT_TS = `import type { UserConfigExport } from "@tarojs/cli"

export default {
  mini: {},
  h5: {
    // webpackChain (chain) {
    // }
  }
} satisfies UserConfigExport<'webpack5'>
`
// The JavaScript one: two blank lines, no import.
const TARO_INIT_JS = '\n\nexport default {\n  mini: {},\n  h5: {}\n}\n'

describe('embed: the production config gets the template\'s minifier', () => {
  test('taro init TypeScript shape: terser first, the import after the last one in the file\'s quotes; it evaluates to the template\'s settings', () => {
    const res = edit(TARO_INIT_TS)
    assert.equal(res.text, TARO_INIT_TS
      .replace('from "@tarojs/cli"\n', 'from "@tarojs/cli"\nimport { terser as chatTerser } from "./chat-terser"\n')
      .replace('export default {\n', 'export default {\n  terser: chatTerser,\n'))
    const config = evaluate(res.text)
    assert.deepEqual(config.terser, templateTerser)
    assert.equal(config.terser.config.output.ascii_only, false)
    assert.deepEqual(config.mini, {})
  })

  test('taro init JavaScript shape: the import above the export; the JS helper evaluates the same', () => {
    const res = edit(TARO_INIT_JS, 'config/prod.js')
    assert.equal(res.text, "\n\nimport { terser as chatTerser } from './chat-terser'\nexport default {\n  terser: chatTerser,\n  mini: {},\n  h5: {}\n}\n")
    assert.deepEqual(evaluate(res.text, 'js').terser, templateTerser)
  })

  test('other shapes: module.exports, a const, defineConfig({…}), an empty object, tabs and semicolons', () => {
    const cjs = "const path = require('path')\nmodule.exports = {\n  mini: {}\n}\n"
    assert.equal(edit(cjs, 'config/prod.js').text, "const path = require('path')\nconst { terser: chatTerser } = require('./chat-terser')\nmodule.exports = {\n  terser: chatTerser,\n  mini: {}\n}\n")
    const viaConst = "const config = { mini: {}, h5: {} }\nexport default config\n"
    assert.equal(edit(viaConst, 'config/prod.js').text, "import { terser as chatTerser } from './chat-terser'\nconst config = { terser: chatTerser, mini: {}, h5: {} }\nexport default config\n")
    const defined = 'import { defineConfig } from "@tarojs/cli";\n\nexport default defineConfig({\n\tmini: {},\n});\n'
    assert.equal(edit(defined, 'config/prod.js').text, defined
      .replace('"@tarojs/cli";\n', '"@tarojs/cli";\nimport { terser as chatTerser } from "./chat-terser";\n')
      .replace('({\n', '({\n\tterser: chatTerser,\n'))
    assert.match(edit('export default {}\n', 'config/prod.js').text, /export default \{\n {2}terser: chatTerser\n\}/)
    // A spread of the host's own comes after: its terser, if any, still wins.
    assert.match(edit('import shared from "./shared"\nexport default { ...shared }\n', 'config/prod.js').text, /\{ terser: chatTerser, \.\.\.shared \}/)
  })

  test('terser settings of the host\'s own are left alone, with a line saying so', () => {
    const source = "export default {\n  terser: { enable: false },\n  mini: {}\n}\n"
    const res = editProdConfig(source, { file: 'config/prod.js' })
    assert.equal(res.text, source)
    assert.equal(res.manual.length, 1)
    assert.match(res.manual[0], /config\/prod\.js has terser settings of its own, left as they are/)
  })

  test('shapes it cannot edit safely: the file stays as it is, with the one config line to add', () => {
    for (const [source, why] of [
      ['export default defineConfig(async () => ({ mini: {} }))\n', /no exported config object found/],
      ['module.exports = merge(base, { mini: {} })\n', /no exported config object found/],
      ['export default {\n', /does not parse/]
    ]) {
      const res = editProdConfig(source, { file: 'config/prod.js' })
      assert.equal(res.text, source)
      assert.equal(res.manual.length, 1)
      assert.match(res.manual[0], /add `terser: chatTerser` to the production config, with `import \{ terser as chatTerser \} from '\.\/chat-terser'`/)
      assert.match(res.manual[0], why)
    }
  })

  test('the CLI: helper + prod edit; no prod config → the helper and the line; a helper of other content is kept', () => {
    const present = fakeTarget({ files: { 'config/prod.ts': TARO_INIT_TS } })
    const absent = fakeTarget({ lang: 'js', files: { 'config/prod.js': null } })
    const mine = fakeTarget({ files: { 'config/prod.ts': TARO_INIT_TS, 'config/chat-terser.ts': '// mine\n' } })
    try {
      const res = embed('--target', present.dir)
      assert.equal(res.code, 0, res.err)
      assert.match(res.out, /• config\/chat-terser\.ts: add/)
      assert.match(res.out, /• config\/prod\.ts: the template's production minifier \(terser: chatTerser\)/)
      assert.equal(readFileSync(path.join(present.dir, 'config/chat-terser.ts'), 'utf8'), terserHelperSource('ts'))
      assert.match(readFileSync(path.join(present.dir, 'config/prod.ts'), 'utf8'), /terser: chatTerser,/)
      assert.match(embed('--target', present.dir).out, /Already embedded: nothing to change\./)
      const none = embed('--target', absent.dir)
      assert.equal(none.code, 0, none.err)
      assert.match(none.out, /There is no config\/prod\.ts or config\/prod\.js: add `terser: chatTerser` to the config your production builds use/)
      assert.equal(readFileSync(path.join(absent.dir, 'config/chat-terser.js'), 'utf8'), terserHelperSource('js'))
      const kept = embed('--target', mine.dir)
      assert.equal(kept.code, 0, kept.err)
      assert.match(kept.out, /config\/chat-terser\.ts exists with other content, so it was left alone/)
      assert.equal(readFileSync(path.join(mine.dir, 'config/chat-terser.ts'), 'utf8'), '// mine\n')
      assert.doesNotMatch(readFileSync(path.join(mine.dir, 'config/prod.ts'), 'utf8'), /chatTerser/)
    } finally {
      present.cleanup()
      absent.cleanup()
      mine.cleanup()
    }
  })

  test('terser settings in config/index (which prod is merged over): no file changes, the one line saying so', () => {
    for (const [file, index] of [
      ['config/index.ts', "export default defineConfig(async (merge) => {\n  const base = { mini: {}, terser: { enable: false } }\n  return merge({}, base)\n})\n"],
      ['config/index.js', "const config = { mini: {} }\nconfig.terser = { enable: true }\nmodule.exports = config\n"]
    ]) {
      const ext = file.slice(-2)
      const t = fakeTarget({ lang: ext, files: { [file]: index, [`config/prod.${ext}`]: TARO_INIT_TS } })
      try {
        const plan = planTerser(t.dir)
        assert.deepEqual(plan.steps, [])
        assert.equal(plan.manual.length, 1)
        assert.match(plan.manual[0], new RegExp(`${file.replace('.', '\\.')} has terser settings of its own, left as they are`))
        assert.equal(readFileSync(path.join(t.dir, `config/prod.${ext}`), 'utf8'), TARO_INIT_TS)
        assert.equal(existsSync(path.join(t.dir, `config/chat-terser.${ext}`)), false)
      } finally {
        t.cleanup()
      }
    }
  })

  test('no Taro config at all: nothing planned (the language step already says so)', () => {
    const t = fakeTarget({ lang: 'js', files: { 'config/index.js': null, 'config/prod.js': null } })
    try {
      assert.deepEqual(planTerser(t.dir), { steps: [], manual: [] })
      assert.equal(existsSync(path.join(t.dir, 'config')), false)
    } finally {
      t.cleanup()
    }
  })
})
