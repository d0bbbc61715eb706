// The template's production minifier in the host's build. Taro's default terser options escape Chinese text as
// \uXXXX and switch off most compressions: the chat's subpackage came out ≈ 14 KB bigger in an embedded app than in
// this template. The embed copies config/terser.ts to the host's config/chat-terser.<ts|js> and inserts
// `terser: chatTerser` (with its import) into the object config/prod exports — as its first property, so terser
// settings of the host's own (a spread or a later entry) still win. Only inserted ranges change (source-edit.mjs);
// a shape it cannot edit safely, or a prod config with terser settings of its own, gets the one line to add by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from '@babel/parser'
import { importLine, keyOf, nodes } from './build-config.mjs'
import { REPO, toJs } from './copy.mjs'
import { appendTo, applyInsertions, indentOf, insertBefore } from './source-edit.mjs'

export const TERSER_HELPER = 'chat-terser'
/** The name the host's prod config calls the settings by. */
export const TERSER_NAME = 'chatTerser'
const IMPORT = { helper: TERSER_HELPER, name: 'terser', local: TERSER_NAME }
const PRODS = ['config/prod.ts', 'config/prod.js']
const INDEXES = ['config/index.ts', 'config/index.js']

/** config/terser.ts as the host gets it, TypeScript or JavaScript. */
export function terserHelperSource(ext) {
  const header = [
    "// Written by the customer-service chat's embed (npm run embed): the chat template's production minifier, which",
    '// config/prod uses as `terser: chatTerser`. With Taro\'s default terser options the chat\'s subpackage is ≈ 14 KB bigger.'
  ].join('\n')
  const code = readFileSync(path.join(REPO, 'config', 'terser.ts'), 'utf8').replace(/^(\/\/.*\n)+\n?/, '')
  const text = `${header}\n\n${code}`
  return ext === 'ts' ? text : toJs('terser.ts', text).text
}

const WRAPPERS = new Set(['TSSatisfiesExpression', 'TSAsExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ParenthesizedExpression'])
const isModuleExports = (n) => n.type === 'MemberExpression' && n.object.type === 'Identifier' && n.object.name === 'module' && (n.property.name ?? n.property.value) === 'exports'

/** The object literal the file exports (`export default {…} satisfies …`, `module.exports = {…}`, `defineConfig({…})`, or a const holding one), or null. */
function exportedObject(body) {
  const declared = (name) => {
    for (const s of body) {
      if (s.type !== 'VariableDeclaration') continue
      const d = s.declarations.find((x) => x.id.type === 'Identifier' && x.id.name === name)
      if (d) return d.init
    }
    return null
  }
  for (const s of body) {
    let n = null
    if (s.type === 'ExportDefaultDeclaration') n = s.declaration
    else if (s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression' && isModuleExports(s.expression.left)) n = s.expression.right
    else continue
    for (let hops = 0; n && hops < 6; hops++) {
      if (WRAPPERS.has(n.type)) n = n.expression
      else if (n.type === 'CallExpression' && n.arguments.length === 1) n = n.arguments[0]
      else if (n.type === 'Identifier') n = declared(n.name)
      else break
    }
    return n?.type === 'ObjectExpression' ? n : null
  }
  return null
}

const importsHelper = (n) =>
  (n.type === 'ImportDeclaration' && /(^|\/)chat-terser(\.[jt]s)?$/.test(n.source.value)) ||
  (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && /(^|\/)chat-terser(\.[jt]s)?$/.test(n.arguments[0]?.value ?? ''))

/** The line a developer adds by hand when the edit cannot be made: `<where>: add …`. */
export const terserByHand = (where, config = 'the production config') =>
  `${where}: add \`terser: ${TERSER_NAME}\` to ${config}, with \`import { terser as ${TERSER_NAME} } from './${TERSER_HELPER}'\`, ` +
  "or the chat's subpackage is ≈ 14 KB bigger (Taro's default minifier escapes Chinese text and skips most compressions)"

/**
 * Plans the edit of the host's production config (config/prod.ts|js).
 * @returns {{ text: string, changes: string[], manual: string[] }} text === source when nothing is to change
 */
export function editProdConfig(source, { file }) {
  const byHand = terserByHand(file)
  let ast
  try {
    ast = parse(source, { sourceType: 'unambiguous', plugins: file.endsWith('.ts') ? ['typescript'] : ['jsx'] })
  } catch (err) {
    return { text: source, changes: [], manual: [`${byHand} (the file does not parse: ${err.message}).`] }
  }
  const imported = [...nodes(ast.program)].some(importsHelper)
  const obj = exportedObject(ast.program.body)
  if (!obj) return { text: source, changes: [], manual: [`${byHand} (no exported config object found).`] }
  const own = obj.properties.find((p) => keyOf(p) === 'terser')
  const ours = own?.type === 'ObjectProperty' && own.value.type === 'Identifier' && own.value.name === TERSER_NAME
  if (own && !ours) {
    return { text: source, changes: [], manual: [`${file} has terser settings of its own, left as they are: compare them with config/${TERSER_HELPER} (the template's), or the chat's subpackage may be ≈ 14 KB bigger.`] }
  }
  if (ours && imported) return { text: source, changes: [], manual: [] }
  const insertions = []
  if (!own) {
    const props = obj.properties
    const outer = indentOf(source, obj.start)
    const inner = props[0] ? indentOf(source, props[0].start) : ''
    const unit = inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  '
    const entry = () => `terser: ${TERSER_NAME}`
    insertions.push(...(props.length ? insertBefore(source, props[0]) : appendTo(source, obj, props, ast.comments, unit))([entry]))
  }
  if (!imported) insertions.push(importLine(source, ast, IMPORT))
  return { text: applyInsertions(source, insertions), changes: [`the template's production minifier (terser: ${TERSER_NAME}): UTF-8 output, terser's compressions on`], manual: [] }
}

const sameText = (a, b) => a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')

/** Whether config/index sets `terser` anywhere (`terser: …` or `x.terser = …`): Taro merges prod over index, so ours in prod would override it. */
function indexHasTerser(source, file) {
  let ast
  try {
    ast = parse(source, { sourceType: 'unambiguous', plugins: file.endsWith('.ts') ? ['typescript'] : ['jsx'] })
  } catch {
    return false // a config/index that does not parse is the language step's to report
  }
  const member = (n) => n?.type === 'MemberExpression' && (n.property.name ?? n.property.value) === 'terser'
  return [...nodes(ast.program)].some((n) => keyOf(n) === 'terser' || (n.type === 'AssignmentExpression' && member(n.left)))
}

/** Steps (helper file, prod config edit) and manual lines for the target in `dir`; nothing when it has no Taro config. */
export function planTerser(dir) {
  const prod = PRODS.find((f) => existsSync(path.join(dir, f)))
  const config = prod || INDEXES.find((f) => existsSync(path.join(dir, f)))
  if (!config) return { steps: [], manual: [] } // planLanguages already says there is no Taro config to edit
  const index = INDEXES.find((f) => existsSync(path.join(dir, f)))
  if (index && indexHasTerser(readFileSync(path.join(dir, index), 'utf8'), index)) {
    return { steps: [], manual: [`${index} has terser settings of its own, left as they are: compare them with config/${TERSER_HELPER} (the template's), or the chat's subpackage may be ≈ 14 KB bigger.`] }
  }
  const ext = config.slice(-2)
  const helper = `config/${TERSER_HELPER}.${ext}`
  const helperFile = path.join(dir, helper)
  const text = terserHelperSource(ext)
  if (existsSync(helperFile) && !sameText(readFileSync(helperFile, 'utf8'), text)) {
    return { steps: [], manual: [`${helper} exists with other content, so it was left alone: ${terserByHand(prod || `config/prod.${ext}`)}.`] }
  }
  const steps = []
  if (!existsSync(helperFile)) steps.push({ title: `${helper}: add (the template's production minifier settings)`, apply: () => writeFileSync(helperFile, text) })
  if (!prod) return { steps, manual: [`${terserByHand('There is no config/prod.ts or config/prod.js', 'the config your production builds use')}.`] }
  const file = path.join(dir, prod)
  const source = readFileSync(file, 'utf8')
  const edit = editProdConfig(source, { file: prod })
  if (edit.text !== source) steps.push({ title: `${prod}: ${edit.changes.join('; ')}`, apply: () => writeFileSync(file, edit.text) })
  return { steps, manual: edit.manual }
}
