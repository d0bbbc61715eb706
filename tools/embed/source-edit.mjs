// Bounded text edits at AST node ranges: the rest of the file keeps its bytes, comments and formatting.
// Inserted code copies the file's own indentation unit and quote style.

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

/** Applies non-overlapping `{ at, text }` insertions, last first so earlier offsets stay valid. */
export function applyInsertions(text, insertions) {
  let out = text
  for (const ins of [...insertions].sort((a, b) => b.at - a.at)) out = out.slice(0, ins.at) + ins.text + out.slice(ins.at)
  return out
}

/**
 * Where and how to add an entry at the end of an array or object literal.
 * @returns {{ at: number, text: (entry: (indent: string) => string) => string }}
 */
export function appendTo(text, container, items, comments, unit) {
  const last = items[items.length - 1]
  const baseIndent = indentOf(text, container.start)
  if (!last) {
    // Empty literal: one entry on its own line inside the brackets.
    const at = container.start + 1
    return { at, text: (entry) => `\n${baseIndent + unit}${entry(baseIndent + unit)}\n${baseIndent}` }
  }
  const multiline = lineStart(text, last.start) !== lineStart(text, container.start)
  let at = last.end
  const comma = /^[ \t]*,/.exec(text.slice(at))
  const trailingComma = !!comma
  if (comma) at += comma[0].length
  if (!multiline) return { at, text: (entry) => `${trailingComma ? ' ' : ', '}${entry(indentOf(text, last.start))}${trailingComma ? ',' : ''}` }
  // A comment on the last entry's line stays with that entry.
  for (const c of comments) {
    if (c.start >= at && lineStart(text, c.start) === lineStart(text, last.end) && /^[ \t]*$/.test(text.slice(at, c.start))) at = c.end
  }
  const indent = indentOf(text, last.start)
  return {
    at,
    text: (entry) => `${trailingComma ? '' : ','}\n${indent}${entry(indent)}${trailingComma ? ',' : ''}`
  }
}

/**
 * Where to add a property just before `anchor` (a property of the same object), above its own comments.
 * @returns {{ at: number, text: (entry: (indent: string) => string) => string }}
 */
export function insertBefore(text, anchor) {
  let start = anchor.start
  for (const c of anchor.leadingComments || []) {
    if (startsLine(text, c.start)) {
      start = c.start
      break
    }
  }
  if (!startsLine(text, start)) return { at: start, text: (entry) => `${entry(indentOf(text, start))}, ` }
  const indent = indentOf(text, start)
  return { at: lineStart(text, start), text: (entry) => `${indent}${entry(indent)},\n` }
}
