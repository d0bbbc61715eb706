// Bounded text edits at AST node ranges: the rest of the file keeps its bytes, comments and formatting.
// Inserted code copies the file's own indentation unit and quote style.

/** The file's line ending, from its first line break ("\n" when it has none). */
export function eolOf(text) {
  return /\r?\n/.exec(text)?.[0] ?? '\n'
}

export function lineStart(text, pos) {
  return text.lastIndexOf('\n', pos - 1) + 1
}

export function indentOf(text, pos) {
  return /^[ \t]*/.exec(text.slice(lineStart(text, pos)))[0]
}

/** True when only spaces or tabs stand between the start of the line and `pos`. */
export function startsLine(text, pos) {
  return /^[ \t]*$/.test(text.slice(lineStart(text, pos), pos))
}

const IDENT = /^[A-Za-z_$][\w$]*$/

/** A small serializer in the file's style: string arrays inline, objects and object arrays one entry a line. */
export function render(value, { indent, unit, quote }) {
  const str = (s) => quote + s.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote
  const inner = indent + unit
  if (typeof value === 'string') return str(value)
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return `[${value.map(str).join(', ')}]`
    return `[\n${value.map((v) => inner + render(v, { indent: inner, unit, quote })).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).map(([k, v]) => `${inner}${IDENT.test(k) ? k : str(k)}: ${render(v, { indent: inner, unit, quote })}`)
  return `{\n${entries.join(',\n')}\n${indent}}`
}

/** Entries one a line (the first line's indentation is the caller's), or on one line. */
const lines = (entries, indent) => entries.map((e) => e(indent)).join(`,\n${indent}`)
const inline = (entries, indent) => entries.map((e) => e(indent)).join(', ')

/** Applies `{ at, text }` insertions; several at one offset land in the order given. Their "\n"s become the file's line ending. */
export function applyInsertions(text, insertions) {
  const ordered = insertions.map((ins, i) => ({ ...ins, i })).sort((a, b) => a.at - b.at || a.i - b.i)
  const eol = eolOf(text)
  let out = ''
  let from = 0
  for (const ins of ordered) {
    out += text.slice(from, ins.at) + ins.text.replace(/\n/g, eol)
    from = ins.at
  }
  return out + text.slice(from)
}

/**
 * Insertions that add entries at the end of an array or object literal.
 * @returns {(entries: ((indent: string) => string)[]) => { at: number, text: string }[]}
 */
export function appendTo(text, container, items, comments, unit) {
  const last = items[items.length - 1]
  const baseIndent = indentOf(text, container.start)
  // Empty literal: one entry on its own line inside the brackets.
  if (!last) return (entries) => [{ at: container.start + 1, text: `\n${baseIndent + unit}${lines(entries, baseIndent + unit)}\n${baseIndent}` }]
  const multiline = lineStart(text, last.start) !== lineStart(text, container.start)
  const comma = /^[ \t]*,/.exec(text.slice(last.end))
  let at = comma ? last.end + comma[0].length : last.end
  const indent = indentOf(text, last.start)
  if (!multiline) return (entries) => [{ at, text: `${comma ? ' ' : ', '}${inline(entries, indent)}${comma ? ',' : ''}` }]
  // A comment on the last entry's line stays with that entry; the separating comma goes before it.
  for (const c of comments) {
    if (c.start >= at && lineStart(text, c.start) === lineStart(text, last.end) && /^[ \t]*$/.test(text.slice(at, c.start))) at = c.end
  }
  return (entries) => [
    ...(comma ? [] : [{ at: last.end, text: ',' }]),
    { at, text: `\n${indent}${lines(entries, indent)}${comma ? ',' : ''}` }
  ]
}

/**
 * Insertions that add properties just before `anchor` (a property of the same object), above its own comments.
 * @returns {(entries: ((indent: string) => string)[]) => { at: number, text: string }[]}
 */
export function insertBefore(text, anchor) {
  let start = anchor.start
  for (const c of anchor.leadingComments || []) {
    if (startsLine(text, c.start)) {
      start = c.start
      break
    }
  }
  const indent = indentOf(text, start)
  if (!startsLine(text, start)) return (entries) => [{ at: start, text: `${inline(entries, indent)}, ` }]
  return (entries) => [{ at: lineStart(text, start), text: `${indent}${lines(entries, indent)},\n` }]
}
