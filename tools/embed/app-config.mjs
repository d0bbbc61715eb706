// Adds the chat subpackage and its preloadRule to the target's src/app.config.ts|js by editing the parsed
// config object: only the inserted ranges change, the rest of the file keeps its formatting and comments.
import { parse } from '@babel/parser'
import { EmbedError } from './errors.mjs'
import { appendTo, applyInsertions, indentOf, insertBefore, render } from './source-edit.mjs'

export const CHAT_PAGES = ['pages/chat/index', 'pages/webview/index']

const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression'])

function unwrap(node) {
  while (node && WRAPPERS.has(node.type)) node = node.expression
  return node
}

/** The object literal of `export default defineAppConfig({…})`, `export default {…}` or `export default config`. */
function findConfigObject(ast) {
  const body = ast.program.body
  const exp = body.find((n) => n.type === 'ExportDefaultDeclaration')
  let node = unwrap(exp && exp.declaration)
  if (node && node.type === 'Identifier') {
    const decl = body
      .filter((n) => n.type === 'VariableDeclaration')
      .flatMap((n) => n.declarations)
      .find((d) => d.id.type === 'Identifier' && d.id.name === node.name)
    node = unwrap(decl && decl.init)
  }
  if (node && node.type === 'CallExpression' && node.arguments.length === 1) node = unwrap(node.arguments[0])
  return node && node.type === 'ObjectExpression' ? node : null
}

const keyOf = (p) => (p.type === 'ObjectProperty' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : p.key.value) : undefined)
const prop = (obj, ...names) => obj.properties.find((p) => names.includes(keyOf(p)))
const strings = (arr) => (arr && arr.type === 'ArrayExpression' ? arr.elements.filter((e) => e && e.type === 'StringLiteral').map((e) => e.value) : [])
const trimRoot = (r) => r.replace(/^\/+|\/+$/g, '')

function firstString(node) {
  if (!node || typeof node !== 'object') return null
  if (node.type === 'StringLiteral') return node
  for (const key of ['properties', 'elements', 'value']) {
    for (const child of [].concat(node[key] || [])) {
      const found = firstString(child)
      if (found) return found
    }
  }
  return null
}

/** Indentation unit and quote style, read from the config object itself. */
function styleOf(text, obj) {
  const first = obj.properties[0]
  const outer = indentOf(text, obj.start)
  const inner = first ? indentOf(text, first.start) : ''
  const unit = inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  '
  const lit = firstString(obj)
  return { unit, quote: lit ? lit.extra.raw[0] : "'" }
}

/**
 * Plans the edit of one app config source.
 * @returns {{ text: string, changes: string[], manual: string[] }} text === source when nothing is missing
 */
export function editAppConfig(source, { file, root }) {
  let ast
  try {
    ast = parse(source, { sourceType: 'module', plugins: file.endsWith('.ts') ? ['typescript'] : ['jsx'] })
  } catch (err) {
    throw new EmbedError(`${file} does not parse (${err.message}).`)
  }
  const obj = findConfigObject(ast)
  const byHand = `add { root: '${root}', pages: ${JSON.stringify(CHAT_PAGES)} } to subPackages by hand`
  if (!obj) throw new EmbedError(`${file}: no \`export default defineAppConfig({ … })\` object found; ${byHand}.`)
  const style = styleOf(source, obj)
  const entry = (value) => (indent) => render(value, { ...style, indent })
  const insertions = []
  const changes = []
  const manual = []

  const pagesProp = prop(obj, 'pages')
  const mainPages = strings(pagesProp && pagesProp.value)
  const clash = mainPages.find((p) => p.startsWith(`${root}/`))
  if (clash) throw new EmbedError(`${file}: main-package page "${clash}" lies inside the root "${root}"; choose another --root.`)

  const sub = { root, pages: CHAT_PAGES }
  const subsProp = prop(obj, 'subPackages', 'subpackages')
  // New top-level properties go right after `pages` (before the property that follows it), or at the end.
  const anchorIndex = pagesProp ? obj.properties.indexOf(pagesProp) + 1 : 0
  const anchor = obj.properties[anchorIndex]
  const newProperties = []
  const addProperty = (name, value) => newProperties.push((indent) => `${name}: ${entry(value)(indent)}`)

  if (!subsProp) {
    addProperty('subPackages', [sub])
    changes.push(`add subPackages with { root: '${root}' }`)
  } else if (subsProp.value.type !== 'ArrayExpression') {
    throw new EmbedError(`${file}: subPackages is not an array literal; ${byHand}.`)
  } else {
    const arr = subsProp.value
    const found = arr.elements.find((e) => e && e.type === 'ObjectExpression' && trimRoot(String(prop(e, 'root')?.value.value ?? '')) === root)
    for (const e of arr.elements) {
      const other = e && e.type === 'ObjectExpression' ? trimRoot(String(prop(e, 'root')?.value.value ?? '')) : ''
      if (other && other !== root && (other.startsWith(`${root}/`) || root.startsWith(`${other}/`))) {
        throw new EmbedError(`${file}: subpackage root "${other}" overlaps "${root}"; choose another --root.`)
      }
    }
    if (found) {
      const pages = strings(prop(found, 'pages')?.value)
      if (!CHAT_PAGES.every((p) => pages.includes(p))) {
        throw new EmbedError(`${file} already declares a subpackage "${root}" with pages ${JSON.stringify(pages)}, not the chat's ${JSON.stringify(CHAT_PAGES)}; choose another --root.`)
      }
    } else {
      insertions.push(...appendTo(source, arr, arr.elements, ast.comments, style.unit)([entry(sub)]))
      changes.push(`add { root: '${root}' } to subPackages`)
    }
  }

  // The entry page is pages[0] only when it is written out: after a spread (`[...base, 'pages/me/index']`) it is unknown.
  const first = pagesProp && pagesProp.value.type === 'ArrayExpression' ? pagesProp.value.elements[0] : null
  const entryPage = first && first.type === 'StringLiteral' ? first.value : null
  const preloadProp = prop(obj, 'preloadRule')
  const rule = { network: 'all', packages: [root] }
  if (!entryPage) {
    manual.push(`${file}: the first page is not a string literal, so the entry page is unknown; add a preloadRule for "${root}" to the page that opens the chat.`)
  } else if (!preloadProp) {
    addProperty('preloadRule', { [entryPage]: rule })
    changes.push(`add preloadRule: '${entryPage}' preloads '${root}'`)
  } else if (preloadProp.value.type !== 'ObjectExpression') {
    manual.push(`${file}: preloadRule is not an object literal; make "${entryPage}" preload "${root}" by hand.`)
  } else {
    const ruleObj = preloadProp.value
    const pageRule = prop(ruleObj, entryPage)
    const packages = pageRule && pageRule.value.type === 'ObjectExpression' ? prop(pageRule.value, 'packages') : null
    if (!pageRule) {
      const add = appendTo(source, ruleObj, ruleObj.properties, ast.comments, style.unit)
      insertions.push(...add([(indent) => `${render(entryPage, { ...style, indent })}: ${entry(rule)(indent)}`]))
      changes.push(`add preloadRule '${entryPage}' → '${root}'`)
    } else if (!packages || packages.value.type !== 'ArrayExpression') {
      manual.push(`${file}: preloadRule['${entryPage}'] has no packages array literal; add "${root}" to it by hand.`)
    } else if (!strings(packages.value).includes(root)) {
      insertions.push(...appendTo(source, packages.value, packages.value.elements, ast.comments, style.unit)([entry(root)]))
      changes.push(`add '${root}' to preloadRule['${entryPage}'].packages`)
    }
  }

  if (newProperties.length) {
    const add = anchor ? insertBefore(source, anchor) : appendTo(source, obj, obj.properties, ast.comments, style.unit)
    insertions.push(...add(newProperties))
  }
  return { text: applyInsertions(source, insertions), changes, manual }
}
