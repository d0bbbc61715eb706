// simple-markdown, set up for untrusted chat answers: its default rules, with the cost of every parse bounded.
import SimpleMarkdown from '@khanacademy/simple-markdown'
import type { MatchFunction, ParseFunction, ParserRule, SingleASTNode } from '@khanacademy/simple-markdown'

export type Ast = SingleASTNode

export const MARKDOWN_LIMITS = {
  /** Characters of input parsed; the rest is cut. */
  maxLength: 20000,
  /** Rich-text nodes emitted, elements and texts. */
  maxNodes: 2000,
  /** Nested elements emitted, and nested rules the parser may enter. */
  maxDepth: 12
} as const

// Inline rules never look further ahead than this: several default regexes rescan the rest of the input
// at every position (quadratic on one long line); with a window the work is linear in the input.
// An inline construct (a bold span, a link) longer than this stays text.
const WINDOW = 2000

const INLINE = ['escape', 'autolink', 'url', 'link', 'image', 'reflink', 'refimage', 'em', 'strong', 'u', 'del', 'inlineCode', 'br', 'text']

const { inlineRegex, blockRegex } = SimpleMarkdown

// Fence openings as simple-markdown reads them, with the run taken whole and at most 20 long: a longer or
// backtracking run made the fence regex quadratic. `prepare` below uses the same pattern.
const FENCE_RUN = '(`{3,20}(?!`)|~{3,20}(?!~)) *'
const FENCE = new RegExp(`^ *${FENCE_RUN}(?:\\S+ *)?$`)

// The default link-text pattern backtracks cubically on "[[[…]]]" (minutes for 20k chars). These keep the
// capture groups of the defaults without the ambiguity: one level of nested brackets, balanced parentheses.
const IN = '\\[((?:\\[[^\\[\\]]*\\]|[^\\[\\]])*)\\]'
const HREF = '\\(\\s*<?((?:\\([^()]*\\)|[^\\s\\\\()]|\\\\.)*?)>?(?:\\s+[\'"]([\\s\\S]*?)[\'"])?\\s*\\)'
const REF = '\\s*\\[([^\\]]*)\\]'
const codeSpan = inlineRegex(/^(`+)(?!`)([\s\S]*?[^`])\1(?!`)/)
const nptable = SimpleMarkdown.defaultRules.nptable.match

const OVERRIDES: Record<string, MatchFunction | null> = {
  link: inlineRegex(new RegExp(`^${IN}${HREF}`)),
  image: inlineRegex(new RegExp(`^!${IN}${HREF}`)),
  reflink: inlineRegex(new RegExp(`^${IN}${REF}`)),
  refimage: inlineRegex(new RegExp(`^!${IN}${REF}`)),
  // A code span starts only where a backtick run starts (CommonMark); trying inside a long run was quadratic.
  inlineCode: (source, state, prev) => (prev.endsWith('`') ? null : codeSpan(source, state, prev)),
  fence: blockRegex(new RegExp(`^ *${FENCE_RUN}(?:(\\S+) *)?\\n([\\s\\S]+?)\\n?\\1 *(?:\\n *)+\\n`)),
  // A heading needs a space after its "#"s (CommonMark): "#话题" at the start of a line is a hashtag.
  heading: blockRegex(/^ *(#{1,6}) +([^\n]+?)#* *(?:\n *)+\n/),
  // "<scheme:/…>" without "<" inside: the default rescans a long "<<<<" run at every position.
  autolink: inlineRegex(/^<([^: <>]+:\/[^ <>]+)>/),
  // Bare URLs end at the first non-ASCII character: Chinese text usually follows a URL without a space.
  url: inlineRegex(/^(https?:\/\/[^\s<>"'`\u0080-\uffff]*[^\s<>"'`\u0080-\uffff.,:;!?)\]])/),
  // nptable's regex is quadratic on a long line full of "|": try it only when the next line starts like its
  // separator row ("--|--").
  nptable: (source, state, prev) => (!state.inline && /^[^\n]*\n *[-:]+ *\|/.test(source) ? nptable(source, state, prev) : null),
  // "<a@b.c>" only makes a mailto: link, which we do not allow (and its regex is quadratic): stays text.
  mailto: null
}

const windowed = (match: MatchFunction): MatchFunction => (source, state, prev) =>
  match(source.length > WINDOW ? source.slice(0, WINDOW) : source, state, prev)

// Past the depth limit a construct stays raw text: the parser recurses once per nesting level
// (">>>>…" 10k deep overflows the stack otherwise).
const bounded = (parse: ParseFunction): ParseFunction => (capture, nested, state) => {
  const depth: number = state.mdDepth || 0
  if (depth >= MARKDOWN_LIMITS.maxDepth) return { type: 'text', content: capture[0] }
  state.mdDepth = depth + 1
  try {
    return parse(capture, nested, state)
  } finally {
    state.mdDepth = depth
  }
}

const defaults = SimpleMarkdown.defaultRules as unknown as Record<string, ParserRule>
const rules: Record<string, ParserRule> = {}
for (const type of Object.keys(defaults)) {
  const rule = defaults[type]
  const match = type in OVERRIDES ? OVERRIDES[type] : rule.match
  if (!match) continue // also skips "Array", the output joiner
  rules[type] = {
    order: rule.order,
    quality: rule.quality,
    match: INLINE.includes(type) ? windowed(match) : match,
    parse: bounded(rule.parse)
  }
}
const parser = SimpleMarkdown.parserFor(rules)

const BLOCK = /^ *(#{1,6} |[>|]|[*+-] |\d+\. )/
const LONG_SPACE = /[^\S\n]{65,}/g

/** The kind of block a line opens: "#", ">", "|", "l" (list item), or "" (paragraph text). */
function blockKind(line: string): string {
  const m = BLOCK.exec(line)
  if (!m) return ''
  return '#>|'.includes(m[1][0]) ? m[1][0] : 'l'
}

/**
 * One pass over the lines so simple-markdown sees the blocks a chat answer means. It only recognises a
 * block after a blank line, while answers write "如下：\n| a | b |" or "说明\n```js": we add the blank lines
 * CommonMark would not need. An unclosed fence runs to the end (as in CommonMark), so a streaming code block
 * renders as code. Outside fences, blank-line runs and whitespace runs are shortened (they cost quadratic
 * time in some default block regexes and mean nothing).
 */
function prepare(src: string): string {
  const out: string[] = []
  let fence = ''
  let prev: string | null = null // kind of the previous line, null after a blank line
  for (const raw of src.split('\n')) {
    if (fence) {
      out.push(raw)
      if (raw.trim() === fence) {
        fence = ''
        out.push('')
        prev = null
      }
      continue
    }
    const open = FENCE.exec(raw)
    if (open) {
      fence = open[1]
      out.push('', raw)
      continue
    }
    if (!raw.trim()) {
      if (prev !== null) out.push('')
      prev = null
      continue
    }
    const line = raw.replace(LONG_SPACE, (s) => s.slice(0, 64))
    const kind = blockKind(line)
    if (kind && prev !== null && prev !== kind) out.push('')
    out.push(line)
    prev = kind
    if (kind === '#') {
      out.push('')
      prev = null
    }
  }
  if (fence) out.push('', fence)
  return out.join('\n')
}

// Control characters left after the newline and tab clean-up: invisible, never meaningful in an answer.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g

/** Parses at most maxLength characters; `cut` tells whether the input was longer. Never throws. */
export function parseMarkdown(markdown: string, maxLength: number = MARKDOWN_LIMITS.maxLength): { ast: Ast[]; cut: boolean } {
  const input = typeof markdown === 'string' ? markdown : ''
  // Cut before and after expanding tabs: each tab becomes four spaces.
  const src = input.slice(0, maxLength).replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(CONTROL, '')
  const text = src.slice(0, maxLength).replace(/[\ud800-\udbff]$/, '')
  const cut = input.length > maxLength || src.length > maxLength
  try {
    return { ast: parser(prepare(text), { inline: false }), cut }
  } catch {
    // Not expected (every input matches the text rule); if it happens the answer still shows, as text.
    return { ast: [{ type: 'paragraph', content: [{ type: 'text', content: text }] }], cut }
  }
}
