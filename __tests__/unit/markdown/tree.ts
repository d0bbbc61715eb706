// Helpers over emitted rich-text trees: the allow-list as the tests state it (independent of the source),
// and a walk that checks every node.
import type { RichTextNode } from '../../../src/customer-service/components/markdown/to-nodes'

export const ALLOWED_TAGS = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'span'
])
export const ALLOWED_ATTRS = new Set(['class', 'style', 'src', 'href', 'alt'])

const HTTP = /^https?:\/\/[^\s/\\?#@]+/

/** Every rule of the allow-list that a tree breaks, as readable strings (empty when the tree is safe). */
export function violations(nodes: RichTextNode[]): string[] {
  const found: string[] = []
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return void found.push(`children is not an array: ${JSON.stringify(list)}`)
    for (const n of list as Record<string, unknown>[]) {
      if (n.type === 'text') {
        if (typeof n.text !== 'string' || Object.keys(n).some((k) => k !== 'type' && k !== 'text')) found.push(`bad text node ${JSON.stringify(n)}`)
        continue
      }
      const keys = Object.keys(n).filter((k) => k !== 'name' && k !== 'attrs' && k !== 'children')
      if (keys.length) found.push(`extra keys ${keys.join(',')}`)
      if (typeof n.name !== 'string' || !ALLOWED_TAGS.has(n.name)) found.push(`tag ${String(n.name)}`)
      const attrs = (n.attrs ?? {}) as Record<string, unknown>
      for (const [key, value] of Object.entries(attrs)) {
        if (!ALLOWED_ATTRS.has(key)) found.push(`attr ${key}`)
        if (/^on/i.test(key)) found.push(`handler ${key}`)
        if (typeof value !== 'string') found.push(`attr ${key} not a string`)
      }
      if ('style' in attrs) found.push('style from input')
      if (typeof attrs.class !== 'string' || !/^md-[a-z0-9-]+( md-[a-z0-9-]+)*$/.test(attrs.class)) found.push(`class ${String(attrs.class)}`)
      for (const key of ['href', 'src']) {
        const url = attrs[key]
        if (url !== undefined && (typeof url !== 'string' || !HTTP.test(url) || /[\s\u0000-\u001f\u007f-\u009f]/.test(url))) {
          found.push(`${key} ${JSON.stringify(url)}`)
        }
      }
      if (n.children !== undefined) walk(n.children)
    }
  }
  walk(nodes)
  return found
}

/** Number of nodes, elements and texts. */
export const countNodes = (nodes: RichTextNode[]): number =>
  nodes.reduce((sum, n) => sum + 1 + ('children' in n && n.children ? countNodes(n.children) : 0), 0)

/** Longest chain of nested elements. */
export const depthOf = (nodes: RichTextNode[]): number =>
  nodes.reduce((max, n) => Math.max(max, 'name' in n ? 1 + depthOf(n.children ?? []) : 0), 0)

/** All text of a tree, in order. */
export const textOf = (nodes: RichTextNode[]): string =>
  nodes.map((n) => ('type' in n ? n.text : textOf(n.children ?? []))).join('')

/** Elements of a tree, depth first. */
export function elements(nodes: RichTextNode[]): Extract<RichTextNode, { name: string }>[] {
  return nodes.flatMap((n) => ('name' in n ? [n, ...elements(n.children ?? [])] : []))
}
