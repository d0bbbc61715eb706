// The chat bundles only the UI language packs its build constants ask for (TARO_APP_LANG_<CODE>, computed from
// TARO_APP_LANGUAGES, default zh,en: config/languages.ts here). A host whose Taro config does not define them
// cannot drop the optional packs' require branches, so every pack would ship in its subpackage. The embed copies
// that helper to the host's config/chat-languages.<ts|js> and spreads its constants into `env` of config/index:
// only inserted ranges change, as in app-config.mjs; a shape it cannot edit safely gets a manual line instead.
import { parse } from '@babel/parser'
import { appendTo, applyInsertions, indentOf, insertBefore, lineStart } from './source-edit.mjs'

export const HELPER = 'chat-languages'
/** The name the host's config calls the helper by. */
export const CALL = 'chatLanguageEnv'
/** Keys of a Taro build config object: the one with the most of them is the config being edited. */
const TARO_KEYS = ['projectName', 'designWidth', 'sourceRoot', 'outputRoot', 'plugins', 'defineConstants', 'env', 'framework', 'compiler', 'mini', 'h5', 'copy']

export const keyOf = (p) => (p.type === 'ObjectProperty' || p.type === 'ObjectMethod') && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : p.key.value) : undefined

export function* nodes(node) {
  if (!node || typeof node.type !== 'string') return
  yield node
  for (const [k, v] of Object.entries(node)) {
    if (k === 'loc' || k === 'leadingComments' || k === 'trailingComments' || k === 'innerComments') continue
    for (const child of [].concat(v)) if (child && typeof child === 'object') yield* nodes(child)
  }
}

/** The object literal with the most Taro config keys (at least two), or null. */
function configObject(ast) {
  let best = null
  let score = 1
  for (const n of nodes(ast.program)) {
    if (n.type !== 'ObjectExpression') continue
    const s = n.properties.filter((p) => TARO_KEYS.includes(keyOf(p))).length
    if (s > score) [best, score] = [n, s]
  }
  return best
}

const callsHelper = (n) => n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === CALL
const importsHelper = (n) =>
  (n.type === 'ImportDeclaration' && /(^|\/)chat-languages(\.[jt]s)?$/.test(n.source.value)) ||
  (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && /(^|\/)chat-languages(\.[jt]s)?$/.test(n.arguments[0]?.value ?? ''))

/** The import (ESM) or require (CommonJS) line of a helper's export, in the file's quote and semicolon style, and where it goes. */
export function importLine(source, ast, { helper = HELPER, name = 'languageConstants', local = CALL } = {}) {
  const body = ast.program.body
  const esm = body.some((n) => /^(Import|Export)/.test(n.type))
  const requires = body.filter((n) => n.type === 'VariableDeclaration' && n.declarations.some((d) => d.init?.type === 'CallExpression' && d.init.callee.name === 'require'))
  const last = esm ? body.filter((n) => n.type === 'ImportDeclaration').at(-1) : requires.at(-1)
  const sample = last ? source.slice(last.start, last.end) : ''
  const quote = sample.includes('"') && !sample.includes("'") ? '"' : "'"
  const semi = sample.trimEnd().endsWith(';') ? ';' : ''
  const spec = `${quote}./${helper}${quote}`
  const text = esm ? `import { ${name} as ${local} } from ${spec}${semi}` : `const { ${name}: ${local} } = require(${spec})${semi}`
  if (last) return { at: last.end, text: `\n${text}` }
  // No import yet: above the first statement (after a 'use strict' directive, if any).
  const first = body[0]
  const directive = ast.program.directives?.at(-1)
  if (directive) return { at: directive.end, text: `\n${text}` }
  return { at: first ? lineStart(source, first.start) : 0, text: `${text}\n` }
}

/**
 * Plans the edit of the host's Taro build config (config/index.ts|js).
 * @returns {{ text: string, changes: string[], manual: string[] }} text === source when nothing is to change
 */
export function editBuildConfig(source, { file }) {
  const byHand = `${file}: add \`env: { ...${CALL}() }\` to the Taro config, with \`import { languageConstants as ${CALL} } from './${HELPER}'\`, or the chat's build carries every language pack`
  let ast
  try {
    ast = parse(source, { sourceType: 'unambiguous', plugins: file.endsWith('.ts') ? ['typescript'] : ['jsx'] })
  } catch (err) {
    return { text: source, changes: [], manual: [`${byHand} (the file does not parse: ${err.message}).`] }
  }
  const all = [...nodes(ast.program)]
  const called = all.some(callsHelper)
  const imported = all.some(importsHelper)
  if (called && imported) return { text: source, changes: [], manual: [] }
  const obj = configObject(ast)
  if (!obj) return { text: source, changes: [], manual: [`${byHand} (no config object found).`] }
  const env = obj.properties.find((p) => keyOf(p) === 'env')
  if (env && (env.type !== 'ObjectProperty' || env.value.type !== 'ObjectExpression')) {
    return { text: source, changes: [], manual: [`${byHand} (its env is not an object literal).`] }
  }
  const first = obj.properties[0]
  const outer = indentOf(source, obj.start)
  const inner = first ? indentOf(source, first.start) : ''
  const unit = inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  '
  const spread = () => `...${CALL}()`
  const insertions = []
  if (!called) {
    if (!env) {
      // After defineConstants when there is one (the other define table), else at the end.
      const defs = obj.properties.findIndex((p) => keyOf(p) === 'defineConstants')
      const next = defs >= 0 ? obj.properties[defs + 1] : undefined
      const add = next ? insertBefore(source, next) : appendTo(source, obj, obj.properties, ast.comments, unit)
      insertions.push(...add([() => `env: { ${spread()} }`]))
    } else {
      // First, so the host's own entries (a pack forced on) still win.
      const props = env.value.properties
      insertions.push(...(props.length ? insertBefore(source, props[0]) : appendTo(source, env.value, props, ast.comments, unit))([spread]))
    }
  }
  if (!imported) insertions.push(importLine(source, ast))
  return { text: applyInsertions(source, insertions), changes: [`bundle only the language packs TARO_APP_LANGUAGES names (default zh,en): env gets ${CALL}()`], manual: [] }
}
