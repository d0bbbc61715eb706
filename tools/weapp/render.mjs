// Renders page data through the wcc-compiled templates, the way the mini-program view layer does,
// and lets tests query the rendered tree and fire events back into the page.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { compileWxml } from './wcc.mjs'

export function listFiles(dir, ext, base = dir) {
  const out = []
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name)
    if (statSync(abs).isDirectory()) out.push(...listFiles(abs, ext, base))
    else if (name.endsWith(ext)) out.push(path.relative(base, abs))
  }
  return out.sort()
}

/** Compiles all templates of a dist folder and returns a renderer. */
export function createRenderer(distDir) {
  const compiled = compileWxml(distDir, listFiles(distDir, '.wxml'), listFiles(distDir, '.wxs'))
  if (!compiled.ok) throw new Error(`wcc failed: ${compiled.error}`)
  const ctx = vm.createContext({ console })
  ctx.window = ctx
  vm.runInContext(compiled.code, ctx)
  const gwx = vm.runInContext('$gwx', ctx)
  // The generated code checks `o.constructor === Object`: data must be created inside its context.
  const parseInCtx = vm.runInContext('JSON.parse', ctx)

  function renderFile(wxmlPath, data) {
    const gen = gwx(wxmlPath)
    if (typeof gen !== 'function') throw new Error(`no compiled template for ${wxmlPath}`)
    return gen(parseInCtx(JSON.stringify(data)), {}, {})
  }

  function componentMap(jsonFile) {
    if (!existsSync(path.join(distDir, jsonFile))) return {}
    const json = JSON.parse(readFileSync(path.join(distDir, jsonFile), 'utf8'))
    const dir = path.dirname(jsonFile)
    const map = {}
    for (const [name, ref] of Object.entries(json.usingComponents || {})) {
      const target = ref.startsWith('/') ? ref.slice(1) : path.join(dir, ref)
      map[name] = path.normalize(target)
    }
    return map
  }

  // Custom components (Taro's recursive `comp`) render their own template with their props as data.
  function expand(node, components, depth = 0) {
    if (!node || typeof node !== 'object') return node
    const tag = String(node.tag || '').replace(/^wx-/, '')
    if (components[tag] && depth < 64) {
      const compPath = components[tag]
      const sub = renderFile(`${compPath}.wxml`, { ...(node.attr || {}) })
      const nested = componentMap(`${compPath}.json`)
      return { tag: node.tag, attr: node.attr || {}, children: (sub.children || []).map((c) => expand(c, nested, depth + 1)) }
    }
    return { ...node, children: (node.children || []).map((c) => expand(c, components, depth)) }
  }

  /** Renders a page (route without extension) with its current data. */
  function renderPage(route, data) {
    const root = renderFile(`${route}.wxml`, data)
    return wrap(expand(root, componentMap(`${route}.json`)))
  }

  return { renderPage, code: compiled.code }
}

function isText(node) {
  return typeof node === 'string' || typeof node === 'number'
}

/** Adds parent links and query helpers to a rendered tree. */
function wrap(root) {
  const link = (node, parent) => {
    if (node && typeof node === 'object') {
      Object.defineProperty(node, 'parent', { value: parent, enumerable: false })
      for (const c of node.children || []) link(c, node)
    }
  }
  link(root, null)
  return new RenderedTree(root)
}

export function textOf(node) {
  if (node === undefined || node === null) return ''
  if (isText(node)) return String(node)
  return (node.children || []).map(textOf).join('')
}

export class RenderedTree {
  constructor(root) {
    this.root = root
  }

  get text() {
    return textOf(this.root)
  }

  all(pred, node = this.root, out = []) {
    if (node && typeof node === 'object') {
      if (pred(node)) out.push(node)
      for (const c of node.children || []) this.all(pred, c, out)
    }
    return out
  }

  byTag(tag) {
    return this.all((n) => n.tag === `wx-${tag}` || n.tag === tag)
  }

  /** Innermost elements whose text contains `text`. */
  byText(text) {
    const hits = this.all((n) => textOf(n).includes(text))
    return hits.filter((n) => !(n.children || []).some((c) => typeof c === 'object' && textOf(c).includes(text)))
  }
}

/**
 * Fires a tap the way the base library does: the innermost bound node first, then each bound
 * ancestor (native bubbling) until a catch handler stops it.
 */
export function tap(page, node, type = 'tap', detail = {}) {
  let target = node
  while (target && !(target.attr && (target.attr[`bind${type}`] || target.attr[`catch${type}`]))) target = target.parent
  if (!target) throw new Error(`no ${type} handler on or above the node`)
  const targetInfo = { id: target.attr.id, dataset: { sid: target.attr['data-sid'] } }
  let current = target
  let fired = 0
  while (current) {
    const attr = current.attr || {}
    const handler = attr[`catch${type}`] || attr[`bind${type}`]
    if (handler) {
      const event = {
        type,
        timeStamp: Date.now(),
        detail,
        target: targetInfo,
        currentTarget: { id: attr.id, dataset: { sid: attr['data-sid'] } }
      }
      page[handler].call(page, event)
      fired++
      if (attr[`catch${type}`]) break
    }
    current = current.parent
  }
  return fired
}
