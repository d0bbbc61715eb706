// The packages the chat imports that a Taro React app does not already have, at this repo's tested ranges,
// checked against what the target already declares and against the packages' React peer ranges.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import ts from 'typescript'
import { EmbedError } from './errors.mjs'
import { eolOf } from './source-edit.mjs'

/** Provided by every Taro React app, at the versions the target's Taro chose. */
const HOST_PROVIDED = /^(react|react-dom|@tarojs\/.+)$/

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])

/** Bare package names imported by the subpackage's sources. */
export function importedPackages(files) {
  const names = new Set()
  for (const [rel, content] of files) {
    if (!/\.(tsx?|jsx?)$/.test(rel) || rel.endsWith('.d.ts')) continue
    for (const { fileName } of ts.preProcessFile(content.toString('utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.') && !fileName.startsWith('/')) names.add(packageName(fileName))
    }
  }
  return [...names].sort()
}

function peerRanges(repo, name) {
  const file = path.join(repo, 'node_modules', name, 'package.json')
  if (!existsSync(file)) return {}
  const { peerDependencies = {}, peerDependenciesMeta = {} } = JSON.parse(readFileSync(file, 'utf8'))
  return Object.fromEntries(Object.entries(peerDependencies).filter(([peer]) => !peerDependenciesMeta[peer]?.optional))
}

const compatible = (a, b) => !semver.validRange(a) || !semver.validRange(b) || semver.intersects(a, b)

/**
 * @param {{ deps: Record<string, string> }} target dependencies + devDependencies of the target
 * @param {string[]} needed package names the chat imports
 * @param {{ repo: string, pkg: { dependencies: Record<string, string> } }} source this repo
 * @returns {{ add: Record<string, string>, kept: string[] }}
 */
export function planDependencies(target, needed, source) {
  const add = {}
  const kept = []
  for (const name of needed.filter((n) => !HOST_PROVIDED.test(n))) {
    const ours = source.pkg.dependencies[name]
    if (!ours) throw new EmbedError(`The chat imports ${name}, which is not a dependency of this repository (fix package.json here first).`)
    const theirs = target.deps[name]
    if (theirs && !compatible(theirs, ours)) {
      throw new EmbedError(`Target depends on ${name}@${theirs}; the chat needs ${name}@${ours}. Align the versions first.`)
    }
    for (const [peer, range] of Object.entries(peerRanges(source.repo, name))) {
      const have = target.deps[peer]
      if (have && !compatible(have, range)) {
        throw new EmbedError(`${name}@${ours} needs ${peer}@${range}; the target has ${peer}@${have}.`)
      }
    }
    // A target range other than ours (and compatible with it) is left alone and reported.
    if (theirs && theirs !== ours) kept.push(`${name}@${theirs}`)
    else if (!theirs) add[name] = ours
  }
  return { add, kept }
}

/** package.json text with `add` merged into dependencies, keeping the file's indentation, line ending and key order. */
export function editPackageJson(text, add) {
  const pkg = JSON.parse(text)
  const indent = (/^[ \t]+(?=")/m.exec(text) || ['  '])[0]
  const eol = eolOf(text)
  const deps = { ...pkg.dependencies }
  const wasSorted = Object.keys(deps).join() === Object.keys(deps).sort().join()
  Object.assign(deps, add)
  pkg.dependencies = wasSorted ? Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : 1))) : deps
  return JSON.stringify(pkg, null, indent).replace(/\n/g, eol) + (text.endsWith('\n') ? eol : '')
}
