// What a release build (TARO_APP_DEMO=off) must not carry: the demo desk's modules and its canned texts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const DEMO_DIR = 'src/customer-service/im/demo'

function* files(dir, ext) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) yield* files(file, ext)
    else if (ext.some((e) => name.endsWith(e))) yield file
  }
}

/** The build's JS with \uXXXX escapes decoded, so texts match however the minifier wrote them. */
export function buildText(dist) {
  let text = ''
  for (const file of files(dist, ['.js'])) text += readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) + '\n'
  return text
}

/**
 * Pieces of the demo desk's zh and en words (split at placeholders, line breaks and markdown) that no other
 * source file has: finding one in a build means the demo content is in it.
 */
export function demoOnlyTexts(root) {
  const others = [...files(path.join(root, 'src'), ['.ts', '.tsx'])].filter((f) => !f.includes(path.join(DEMO_DIR)))
  const elsewhere = others.map((f) => readFileSync(f, 'utf8')).join('\n')
  const texts = new Set()
  for (const lang of ['zh', 'en']) {
    const source = readFileSync(path.join(root, DEMO_DIR, 'words', `${lang}.ts`), 'utf8')
    for (const [, literal] of source.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
      for (const piece of literal.split(/\{[^}]*\}|\\n|\*\*|\|/)) {
        const p = piece.trim()
        const long = /[\u3000-\u9fff]/.test(p) ? p.length >= 6 : p.length >= 16
        if (long && !elsewhere.includes(p)) texts.add(p)
      }
    }
  }
  return [...texts]
}

/** Source modules of the demo desk named in a MODULE_REPORT file (config/module-report.ts). */
export function demoModules(report) {
  const all = Object.values(report.files).flat()
  return { all, demo: [...new Set(all.filter((m) => m.replace(/\\/g, '/').includes(`${DEMO_DIR}/`)))] }
}
