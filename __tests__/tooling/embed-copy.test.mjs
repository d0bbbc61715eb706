// The copy step's premise: the subpackage is self-contained and spells its root in exactly one place, so a
// copy under another root only needs launch/paths.ts rewritten.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { compareFolder, PATHS_FILE, rewriteRoot, SOURCE_DIR, SOURCE_ROOT, subpackageFiles, walk, writeFolder } from '../../tools/embed/copy.mjs'

/** String and template literals in a TS source (comments excluded). */
function literals(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out = []
  const visit = (node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

describe('embed: the subpackage copy', () => {
  test(`only ${PATHS_FILE} spells the root in code (event names are a separate, fixed contract)`, () => {
    const spelled = []
    for (const rel of walk(SOURCE_DIR)) {
      const file = path.join(SOURCE_DIR, rel)
      const hits = /\.tsx?$/.test(rel)
        ? literals(file).filter((s) => s.includes(SOURCE_ROOT) && !/^customer-service:[a-z-]+$/.test(s) && !s.startsWith('[customer-service]'))
        : readFileSync(file, 'utf8').split('\n').filter((line) => line.includes(SOURCE_ROOT) && !/^\s*\/[/*]/.test(line))
      if (hits.length) spelled.push(`${rel}: ${hits.join(' | ')}`)
    }
    assert.deepEqual(spelled, [`${PATHS_FILE}: ${SOURCE_ROOT}`])
  })

  test('no import leaves the subpackage folder (no @/ alias, no ../ past its root)', () => {
    const escapes = []
    for (const rel of walk(SOURCE_DIR).filter((f) => /\.(tsx?|scss)$/.test(f))) {
      const text = readFileSync(path.join(SOURCE_DIR, rel), 'utf8')
      for (const [, spec] of text.matchAll(/(?:from|import|@import|@use)\s+['"]([^'"]+)['"]/g)) {
        const outside = spec.startsWith('@/') || (spec.startsWith('.') && path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)).startsWith('..'))
        if (outside) escapes.push(`${rel} → ${spec}`)
      }
    }
    assert.deepEqual(escapes, [])
  })

  test('the root rewrite changes that one line, and refuses a paths file of another shape', () => {
    const source = readFileSync(path.join(SOURCE_DIR, PATHS_FILE), 'utf8')
    const out = rewriteRoot(source, 'support')
    assert.deepEqual(out.split('\n').filter((l, i) => l !== source.split('\n')[i]), ["export const SUBPACKAGE_ROOT = 'support'"])
    assert.throws(() => rewriteRoot(source.replace(/'customer-service'/, 'ROOT'), 'x'), /must declare SUBPACKAGE_ROOT exactly once/)
  })

  test('a folder holding exactly the copy compares as the same, dotfiles and line endings aside; changed text as modified; other files as different', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'embed-copy-'))
    try {
      const files = subpackageFiles({ root: 'cs', lang: 'ts' })
      assert.equal(compareFolder(path.join(dir, 'cs'), files).state, 'absent')
      writeFolder(path.join(dir, 'cs'), files)
      assert.deepEqual(compareFolder(path.join(dir, 'cs'), files), { state: 'same', differences: [] })
      writeFileSync(path.join(dir, 'cs', '.DS_Store'), 'finder')
      mkdirSync(path.join(dir, 'cs', '.idea'))
      writeFileSync(path.join(dir, 'cs', '.idea', 'workspace.xml'), '<project/>')
      assert.deepEqual(compareFolder(path.join(dir, 'cs'), files), { state: 'same', differences: [] })
      // A checkout with core.autocrlf turns LF into CRLF: still the same copy.
      writeFileSync(path.join(dir, 'cs', 'launch/paths.ts'), files.get('launch/paths.ts').toString().replace(/\n/g, '\r\n'))
      assert.deepEqual(compareFolder(path.join(dir, 'cs'), files), { state: 'same', differences: [] })
      writeFileSync(path.join(dir, 'cs', 'launch/paths.ts'), rewriteRoot(files.get('launch/paths.ts').toString(), 'other'))
      assert.deepEqual(compareFolder(path.join(dir, 'cs'), files), { state: 'modified', differences: ['launch/paths.ts'] })
      writeFileSync(path.join(dir, 'cs', 'notes.md'), 'mine')
      assert.deepEqual(compareFolder(path.join(dir, 'cs'), files), { state: 'different', differences: ['notes.md is not part of the chat', 'launch/paths.ts differs'] })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('dotfiles in the source folder are not copied', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'embed-src-'))
    try {
      writeFileSync(path.join(dir, 'index.scss'), '.a {}\n')
      writeFileSync(path.join(dir, '.DS_Store'), 'finder')
      assert.deepEqual([...subpackageFiles({ root: 'cs', lang: 'js', sourceDir: dir }).keys()], ['index.scss'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
