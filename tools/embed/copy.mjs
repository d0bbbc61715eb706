// The subpackage as it would land in the target: same files, the root name rewritten in launch/paths.ts (the only
// place that spells it, see embed-copy.test.mjs), TypeScript stripped for JavaScript targets.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { EmbedError } from './errors.mjs'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SOURCE_ROOT = 'customer-service'
export const SOURCE_DIR = path.join(REPO, 'src', SOURCE_ROOT)
export const PATHS_FILE = 'launch/paths.ts'
/** Ambient typings the subpackage needs under a strict tsconfig (the SDK's ES build ships none). */
const AMBIENT = path.join(REPO, 'types', 'tencent-chat.d.ts')
const ROOT_LINE = /^export const SUBPACKAGE_ROOT = '([^']*)'$/m

/** Relative paths of every file under `dir`, sorted, with forward slashes; dotfiles (.DS_Store, …) left out. */
export function walk(dir, base = dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const abs = path.join(dir, name)
    if (statSync(abs).isDirectory()) out.push(...walk(abs, base))
    else out.push(path.relative(base, abs).split(path.sep).join('/'))
  }
  return out
}

export function rewriteRoot(source, root) {
  const matches = source.match(new RegExp(ROOT_LINE.source, 'gm')) || []
  if (matches.length !== 1) throw new EmbedError(`${PATHS_FILE} must declare SUBPACKAGE_ROOT exactly once as a string literal.`)
  return source.replace(ROOT_LINE, `export const SUBPACKAGE_ROOT = '${root}'`)
}

/** Types stripped, JSX and comments kept: the JavaScript a JS project can keep working on. */
export function toJs(rel, source) {
  const out = ts.transpileModule(source, {
    fileName: rel,
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, jsx: ts.JsxEmit.Preserve, removeComments: false }
  })
  return { rel: rel.replace(/\.tsx$/, '.jsx').replace(/\.ts$/, '.js'), text: out.outputText }
}

/**
 * Every file of the subpackage as it would be written under `src/<root>/`.
 * @returns {Map<string, Buffer>} relative path → content
 */
export function subpackageFiles({ root, lang, sourceDir = SOURCE_DIR }) {
  const files = new Map()
  for (const rel of walk(sourceDir)) {
    let content = readFileSync(path.join(sourceDir, rel))
    let name = rel
    if (/\.tsx?$/.test(rel) && !rel.endsWith('.d.ts')) {
      let text = content.toString('utf8')
      if (rel === PATHS_FILE) text = rewriteRoot(text, root)
      if (lang === 'js') ({ rel: name, text } = toJs(rel, text))
      content = Buffer.from(text)
    } else if (rel.endsWith('.d.ts') && lang === 'js') {
      continue
    }
    files.set(name, content)
  }
  if (lang === 'ts' && existsSync(AMBIENT)) files.set('tencent-chat.d.ts', readFileSync(AMBIENT))
  return files
}

/**
 * How the target's folder compares with what would be copied: absent, same, modified (the same files, some with
 * other content: `differences` lists those files) or different (with examples).
 */
/** Same bytes once CRLF is read as LF: git's core.autocrlf rewrites line endings of a checked-out copy. */
const sameText = (a, b) => a.equals(b) || a.toString('utf8').replace(/\r\n/g, '\n') === b.toString('utf8').replace(/\r\n/g, '\n')

export function compareFolder(dir, files) {
  if (!existsSync(dir)) return { state: 'absent', differences: [] }
  const existing = walk(dir)
  const extra = existing.filter((rel) => !files.has(rel))
  const missing = [...files.keys()].filter((rel) => !existing.includes(rel))
  const changed = existing.filter((rel) => files.has(rel) && !sameText(readFileSync(path.join(dir, rel)), files.get(rel)))
  if (!extra.length && !missing.length) return { state: changed.length ? 'modified' : 'same', differences: changed }
  const differences = [...extra.map((rel) => `${rel} is not part of the chat`), ...changed.map((rel) => `${rel} differs`), ...missing.map((rel) => `${rel} is missing`)]
  return { state: 'different', differences }
}

export function writeFolder(dir, files) {
  for (const [rel, content] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), content)
  }
}
