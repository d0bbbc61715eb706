// Markdown answers (Desk src 30 rich text, src 31 streaming) to WeChat rich-text nodes. simple-markdown parses;
// here the AST is mapped through an allow-list: only the tags below, only our own md-* classes, href/src only
// when http(s). Texts stay text nodes (the platform renders them as text), so nothing is escaped here.
import { MARKDOWN_LIMITS, parseMarkdown } from './parse'
import type { Ast } from './parse'
import { safeUrl } from './safe-url'

export { MARKDOWN_LIMITS }

/** Attributes we may emit. `style` is in the platform format but never set: no input reaches a style. */
export type RichTextAttrs = { class?: string; style?: string; src?: string; href?: string; alt?: string }
export type RichTextText = { type: 'text'; text: string }
export type RichTextElement = { name: string; attrs?: RichTextAttrs; children?: RichTextNode[] }
/** WeChat rich-text node; assignable to the `nodes` prop of Taro's RichText. */
export type RichTextNode = RichTextText | RichTextElement

type Tag = 'p' | 'br' | 'strong' | 'em' | 'del' | 'code' | 'pre' | 'blockquote' | 'ul' | 'ol' | 'li' | 'a' | 'img'
  | 'table' | 'thead' | 'tbody' | 'tr' | 'th' | 'td' | 'hr' | 'span' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

type Ctx = { left: number; cut: boolean; inLink?: boolean }

// Element levels a node type opens before its AST children (table > tbody > tr > td; a > span for the URL).
// One more level is always kept free for the line breaks inside a text.
const LEVELS: Record<string, number> = { table: 4, list: 2, codeBlock: 2, link: 2 }

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const asts = (v: unknown): Ast[] => (Array.isArray(v) ? v : [])

/** Plain text of an AST fragment: to compare a link text with its URL, and for anything past the depth limit. */
function plain(v: unknown): string {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.map(plain).join(Array.isArray(v[0]) ? ' ' : '')
  if (!v || typeof v !== 'object') return ''
  const n = v as Ast
  return n.type === 'image' ? str(n.alt) : plain(n.content) + plain(n.items) + plain(n.header) + plain(n.cells)
}

function take(ctx: Ctx): boolean {
  if (ctx.left > 0) {
    ctx.left--
    return true
  }
  ctx.cut = true
  return false
}

function element(ctx: Ctx, name: Tag, cls: string, kids?: () => RichTextNode[]): RichTextNode[] {
  if (!take(ctx)) return []
  const node: RichTextElement = { name, attrs: { class: cls } }
  if (kids) node.children = kids()
  return [node]
}

/** Text with its newlines as line breaks: a chat answer means them (and code blocks need them). */
function texts(ctx: Ctx, s: string): RichTextNode[] {
  const out: RichTextNode[] = []
  s.split('\n').forEach((line, i) => {
    if (i) out.push(...element(ctx, 'br', 'md-br'))
    if (line && take(ctx)) out.push({ type: 'text', text: line })
  })
  return out
}

/** Adjacent text nodes (the parser emits one per word or symbol) become one. */
function children(ctx: Ctx, list: Ast[], depth: number): RichTextNode[] {
  const out: RichTextNode[] = []
  let pending = ''
  for (const n of list) {
    if (ctx.left <= 0) {
      ctx.cut = true
      break
    }
    if (n.type === 'text') {
      pending += str(n.content)
      continue
    }
    out.push(...texts(ctx, pending), ...convert(ctx, n, depth))
    pending = ''
  }
  out.push(...texts(ctx, pending))
  return out
}

function alignClass(align: unknown): string {
  return align === 'left' || align === 'center' || align === 'right' ? ` md-${align}` : ''
}

function table(ctx: Ctx, n: Ast, depth: number): RichTextNode[] {
  const align = asts(n.align) as unknown[]
  const row = (cells: unknown, tag: 'th' | 'td') => element(ctx, 'tr', 'md-tr', () =>
    asts(cells).flatMap((cell, i) => element(ctx, tag, `md-${tag}${alignClass(align[i])}`, () => children(ctx, asts(cell), depth + 4))))
  // A streaming table shows its rows as they come; rows with no content yet are left out.
  const body = asts(n.cells).filter((r) => asts(r).some((cell) => asts(cell).length))
  return element(ctx, 'table', 'md-table', () => [
    ...element(ctx, 'thead', 'md-thead', () => row(n.header, 'th')),
    ...(body.length ? element(ctx, 'tbody', 'md-tbody', () => body.flatMap((r) => row(r, 'td'))) : [])
  ])
}

/** Rich-text cannot navigate: the link text, then the URL (to copy) when the text does not already show it. */
function link(ctx: Ctx, n: Ast, depth: number): RichTextNode[] {
  const href = safeUrl(n.target)
  // A bare URL inside a link text is parsed as a link too: one link is enough.
  if (!href || ctx.inLink) return children(ctx, asts(n.content), depth)
  if (!take(ctx)) return []
  ctx.inLink = true
  const kids = children(ctx, asts(n.content), depth + 1)
  ctx.inLink = false
  const label = plain(n.content).trim()
  if (label !== href && label !== str(n.target).trim()) kids.push(...element(ctx, 'span', 'md-url', () => texts(ctx, href)))
  return [{ name: 'a', attrs: { class: 'md-a', href }, children: kids }]
}

function image(ctx: Ctx, n: Ast): RichTextNode[] {
  const src = safeUrl(n.target)
  const alt = str(n.alt)
  if (!src) return texts(ctx, alt)
  if (!take(ctx)) return []
  return [{ name: 'img', attrs: alt ? { class: 'md-img', src, alt } : { class: 'md-img', src } }]
}

const SIMPLE: Record<string, [Tag, string]> = {
  paragraph: ['p', 'md-p'],
  strong: ['strong', 'md-strong'],
  u: ['strong', 'md-strong'], // "__x__" is bold in CommonMark
  em: ['em', 'md-em'],
  del: ['del', 'md-del'],
  blockQuote: ['blockquote', 'md-quote']
}

function convert(ctx: Ctx, n: Ast, depth: number): RichTextNode[] {
  if (depth + (LEVELS[n.type] || 1) >= MARKDOWN_LIMITS.maxDepth) return texts(ctx, plain(n))
  const inner = (list: unknown, at = depth + 1) => () => children(ctx, asts(list), at)
  const simple = SIMPLE[n.type]
  if (simple) return element(ctx, simple[0], simple[1], inner(n.content))
  switch (n.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(n.level) || 1))
      return element(ctx, `h${level}` as Tag, `md-h${level}`, inner(n.content))
    }
    case 'inlineCode':
      return element(ctx, 'code', 'md-code', () => texts(ctx, str(n.content)))
    case 'codeBlock':
      return element(ctx, 'pre', 'md-pre', () =>
        element(ctx, 'code', 'md-code-block', () => texts(ctx, str(n.content).replace(/\n+$/, ''))))
    case 'list':
      return element(ctx, n.ordered ? 'ol' : 'ul', n.ordered ? 'md-ol' : 'md-ul', () =>
        asts(n.items).flatMap((item) => element(ctx, 'li', 'md-li', inner(item, depth + 2))))
    case 'table':
      return table(ctx, n, depth)
    case 'link':
      return link(ctx, n, depth)
    case 'image':
      return image(ctx, n)
    case 'hr':
      return element(ctx, 'hr', 'md-hr')
    case 'br':
      return element(ctx, 'br', 'md-br')
    case 'def':
    case 'newline':
    case 'tableSeparator':
      return []
    default:
      // A node type this mapping does not know: its text, never an element.
      return texts(ctx, plain(n))
  }
}

/**
 * Rich-text nodes for a markdown answer. Costs are bounded: at most `maxLength` characters are parsed,
 * at most MARKDOWN_LIMITS.maxNodes nodes and maxDepth nested elements come out; a cut answer ends with "…".
 * Partial markdown (a streaming answer) renders as far as it goes.
 */
export function markdownToNodes(markdown: string, options: { maxLength?: number } = {}): RichTextNode[] {
  const { ast, cut } = parseMarkdown(markdown, options.maxLength)
  const ctx: Ctx = { left: MARKDOWN_LIMITS.maxNodes - 2, cut } // two nodes kept for the "…"
  const nodes = children(ctx, ast, 0)
  if (ctx.cut) nodes.push({ name: 'p', attrs: { class: 'md-p md-more' }, children: [{ type: 'text', text: '…' }] })
  return nodes
}

/** The http(s) link targets of an answer, in order, without duplicates: for "open link" actions. */
export function extractLinks(markdown: string): string[] {
  const found = new Set<string>()
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk)
    if (!v || typeof v !== 'object') return
    const n = v as Ast
    const url = n.type === 'link' ? safeUrl(n.target) : null
    if (url) found.add(url)
    ;[n.content, n.items, n.header, n.cells].forEach(walk)
  }
  walk(parseMarkdown(markdown).ast)
  return Array.from(found)
}
