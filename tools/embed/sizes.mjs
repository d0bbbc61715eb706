// The main-package cost of embedding, measured where it happens (__tests__/embed/build.test.mjs): a fresh `taro init`
// app built before and after `npm run embed` plus the launcher button the printed steps give. Its budget, the
// tolerance of the embedded subpackage against the template's own build, and the figures' file for `npm run size`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { measureDist } from '../size-lib.mjs'
import { REPO } from './copy.mjs'

/** Bytes (as WeChat counts them) the embed plus the launcher may add to the host's main package (issue #20). */
export const EMBEDDING_BUDGET = 8000
/**
 * How far the embedded app's chat subpackage may be from the template's own (same minifier, same language packs):
 * the copy differs by its root name, by where webpack puts the Babel helpers it shares with the host's own code, and in
 * JS projects by TypeScript's transpile of the sources: measured +1,467 B (TS app) and −435 B (JS app).
 */
export const SUBPACKAGE_TOLERANCE = 2048
export const SIZES_DIR = path.join(REPO, '.artifacts')
export const sizesFile = (lang) => path.join(SIZES_DIR, `embed-${lang}-sizes.json`)

/** Per-file byte differences of one package between two builds, largest growth first (files that did not change left out). */
export function packageDiff(before, after) {
  const was = new Map(before.files.map((f) => [f.file, f.bytes]))
  const now = new Map(after.files.map((f) => [f.file, f.bytes]))
  return [...new Set([...was.keys(), ...now.keys()])]
    .map((file) => ({ file, bytes: (now.get(file) || 0) - (was.get(file) || 0) }))
    .filter((d) => d.bytes !== 0)
    .sort((a, b) => b.bytes - a.bytes)
}

const newest = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).reduce((t, f) => Math.max(t, statSync(path.join(dir, f)).mtimeMs), 0) : 0)

/**
 * The chat subpackage of this repo's own weapp build (dist/, or TEMPLATE_DIST), when that build is newer than every
 * source and config file (npm test builds it before the embed stage); null when there is none or it is stale.
 */
export function templateSubpackage(root = 'customer-service', dist = path.resolve(REPO, process.env.TEMPLATE_DIST || 'dist')) {
  const appJson = path.join(dist, 'app.json')
  if (!existsSync(appJson)) return null
  const built = statSync(appJson).mtimeMs
  if (built < Math.max(newest(path.join(REPO, 'src')), newest(path.join(REPO, 'config')))) return null
  return measureDist(dist).packages[root]?.bytes ?? null
}

/** The embed stage's figures, for `npm run size` to print next to its template-side estimate. */
export function readEmbedSizes() {
  return ['ts', 'js'].filter((lang) => existsSync(sizesFile(lang))).map((lang) => ({ lang, at: statSync(sizesFile(lang)).mtime, ...JSON.parse(readFileSync(sizesFile(lang), 'utf8')) }))
}

/** Lines for `npm run size`: the measured cost per fresh app, or how to get it. Information only: the embed stage holds the budget. */
export function embedSizeLines() {
  const all = readEmbedSizes().filter((s) => typeof s.embeddingCost === 'number')
  if (!all.length) return [`info main-package cost of embedding, measured: no figures yet (node tools/test-all.mjs --only embed writes .artifacts/embed-*-sizes.json)`]
  return all.map((s) => `info main-package cost of embedding, measured in a fresh taro init ${s.lang.toUpperCase()} app (embed stage, ${s.at.toISOString().slice(0, 16)}): ${s.embeddingCost} B (budget ${EMBEDDING_BUDGET} B): main ${s.before.mainSameMinifier} → ${s.main} B with the same minifier (${s.before.main} B with Taro's)`)
}
