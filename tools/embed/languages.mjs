// The host's side of the chat's language packs: the helper that turns TARO_APP_LANGUAGES into the packs' build
// constants (this repo's config/languages.ts, as config/chat-languages.<ts|js>) and the edit of config/index that
// puts them in `env` (build-config.mjs). Without them the host's build would carry every pack.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { editBuildConfig, HELPER } from './build-config.mjs'
import { REPO, SOURCE_ROOT, toJs } from './copy.mjs'

const CONFIGS = ['config/index.ts', 'config/index.js']

/** The helper as the host gets it, TypeScript or JavaScript. */
export function helperSource(ext, root = SOURCE_ROOT) {
  const header = [
    "// Written by the customer-service chat's embed (npm run embed): which of the chat's UI language packs the build",
    `// carries. zh and en always; TARO_APP_LANGUAGES (zh,en,th,… or all) adds packs. config/index spreads these into env:`,
    `// one constant per pack, TARO_APP_LANG_<CODE>, read by src/${root}/launch/languages.ts, so the bundler drops the rest.`
  ].join('\n')
  // This repo's own files, without their header comments (written for this repo). The host's languageConstants()
  // also defines TARO_APP_DEMO (config/demo.ts): the one env spread the host's config has carries both.
  const own = (name) => readFileSync(path.join(REPO, 'config', name), 'utf8').replace(/^(\/\/.*\n)+/, '')
  const packs = own('languages.ts').replace('export function languageConstants(', 'function packConstants(')
  if (!packs.includes('function packConstants(')) throw new Error('config/languages.ts: languageConstants() not found')
  // The host may use TARO_APP_DEMO for something of its own (e.g. `true`): its config must still load, so here
  // anything but on/off warns and means `on` (the template's own config/demo.ts stays strict).
  const strict = "if (value !== 'on' && value !== 'off') throw new Error(`TARO_APP_DEMO: unknown ${option} (use on or off)`)"
  const lenient = [
    "if (value !== 'on' && value !== 'off') {",
    "    console.warn(`TARO_APP_DEMO=${option}: the customer-service chat knows only on and off, so it keeps its demo desk (on)`)",
    "    return { TARO_APP_DEMO: JSON.stringify('on') }",
    '  }'
  ].join('\n')
  const demoSource = own('demo.ts')
  if (!demoSource.includes(strict)) throw new Error('config/demo.ts: the on/off check not found')
  const demo = [
    '',
    "// TARO_APP_DEMO: `on` (default) keeps the chat's demo desk (used without credentials); `off` leaves it out of the",
    '// build, and a launch without credentials shows the launch error screen. Any other value warns and means on.',
    demoSource.replace(strict, lenient),
    "/** What config/index spreads into env: the language packs' constants and TARO_APP_DEMO. */",
    'export const languageConstants = (option?: string): Record<string, string> => ({ ...packConstants(option), ...demoConstants() })',
    ''
  ].join('\n')
  const text = `${header}\n${packs}${demo}`
  return ext === 'ts' ? text : toJs('languages.ts', text).text
}

const sameText = (a, b) => a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')

/** Steps (helper file, config edit) and manual lines for the target in `dir`. */
export function planLanguages(dir, root) {
  const file = CONFIGS.find((f) => existsSync(path.join(dir, f)))
  const byHand = `define the chat's language constants in your Taro build config's env (see config/languages.ts of the template), or its build carries every language pack`
  if (!file) return { steps: [], manual: [`There is no config/index.ts or config/index.js: ${byHand}.`], ext: 'ts' }
  const ext = file.slice(-2)
  const helper = `config/${HELPER}.${ext}`
  const helperFile = path.join(dir, helper)
  const text = helperSource(ext, root)
  if (existsSync(helperFile) && !sameText(readFileSync(helperFile, 'utf8'), text)) {
    return { steps: [], manual: [`${helper} exists with other content, so it was left alone: compare it with the template's config/languages.ts and ${byHand}.`], ext }
  }
  const steps = []
  if (!existsSync(helperFile)) steps.push({ title: `${helper}: add (TARO_APP_LANGUAGES → the language packs the chat bundles)`, apply: () => writeFileSync(helperFile, text) })
  const configFile = path.join(dir, file)
  const source = readFileSync(configFile, 'utf8')
  const edit = editBuildConfig(source, { file })
  if (edit.text !== source) steps.push({ title: `${file}: ${edit.changes.join('; ')}`, apply: () => writeFileSync(configFile, edit.text) })
  return { steps, manual: edit.manual, ext }
}
