// #20 The host's helper (config/chat-languages.<ts|js>, written by the embed) also defines TARO_APP_DEMO, so an
// embedded chat keeps the demo desk by default and a host build with TARO_APP_DEMO=off can drop it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import vm from 'node:vm'
import ts from 'typescript'
import { helperSource } from '../../tools/embed/languages.mjs'

/** The helper's languageConstants() with the given build environment. */
function constants(ext, env, console = { warn: () => assert.fail('unexpected warning') }) {
  const js = ts.transpileModule(helperSource(ext), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText
  const module = { exports: {} }
  vm.runInNewContext(js, { module, exports: module.exports, process: { env }, console })
  return module.exports.languageConstants()
}

for (const ext of ['ts', 'js']) {
  test(`${ext} helper: the demo desk on by default, off with TARO_APP_DEMO=off, the language packs as before`, () => {
    const plain = constants(ext, {})
    assert.equal(plain.TARO_APP_DEMO, '"on"')
    assert.equal(plain.TARO_APP_LANG_TH, '"false"')
    const release = constants(ext, { TARO_APP_DEMO: 'off', TARO_APP_LANGUAGES: 'zh,en,th' })
    assert.equal(release.TARO_APP_DEMO, '"off"')
    assert.equal(release.TARO_APP_LANG_TH, '"true"')
  })

  test(`${ext} helper: a host's own TARO_APP_DEMO=true still loads, warns naming the variable, and keeps the demo desk`, () => {
    const warnings = []
    const result = constants(ext, { TARO_APP_DEMO: 'true' }, { warn: (...a) => warnings.push(a.join(' ')) })
    assert.equal(result.TARO_APP_DEMO, '"on"')
    assert.equal(warnings.length, 1)
    assert.match(warnings[0], /TARO_APP_DEMO=true/)
    assert.match(warnings[0], /only on and off/)
  })
}
