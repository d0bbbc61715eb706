// Fresh Taro 4 React apps for the embed tests, generated offline by this repo's own `taro init` (default template).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const TARO = path.join(ROOT, 'node_modules', '.bin', 'taro')

// `taro init` 4.2.1 pins packages that were never published at 4.2.1 (npm install fails with ETARGET):
// the generator plugin, the non-WeChat platform plugins and eslint-config-taro (4.2.0 is the latest).
const UNPUBLISHED = ['@tarojs/plugin-generator', ...['alipay', 'tt', 'swan', 'jd', 'qq', 'harmony-hybrid'].map((p) => `@tarojs/plugin-platform-${p}`)]

export const git = (dir, ...args) =>
  execFileSync('git', ['-c', 'user.name=embed-test', '-c', 'user.email=embed@test.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' })

/** Makes the generated app installable, as its owner would after the first failed `npm install`. */
function installable(dir, lang) {
  const file = path.join(dir, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8'))
  for (const name of UNPUBLISHED) {
    delete pkg.dependencies[name]
    delete pkg.devDependencies[name]
  }
  pkg.devDependencies['eslint-config-taro'] = '4.2.0'
  // husky's prepare hook would rewrite the test repo's git hooks config: not part of what is tested.
  delete pkg.scripts.prepare
  writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n')
  const config = path.join(dir, 'config', `index.${lang}`)
  writeFileSync(config, readFileSync(config, 'utf8').replace(/["']@tarojs\/plugin-generator["']/, ''))
}

/**
 * `taro init` of a TypeScript or JavaScript React app (webpack5, Sass, default template), committed.
 * @param {'ts'|'js'} lang
 */
export function makeTarget(lang, name = `app-${lang}`) {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'embed-target-'))
  const args = ['init', name, '--description', 'embed test', lang === 'ts' ? '--typescript' : '--no-typescript', '--framework', 'React',
    '--compiler', 'Webpack5', '--css', 'Sass', '--npm', 'Npm', '--template', 'default', '--no-autoInstall']
  // Every remaining prompt takes its default (empty answers), as `yes "" | taro init …` would.
  execFileSync(TARO, args, { cwd: parent, input: '\n'.repeat(50), stdio: ['pipe', 'pipe', 'pipe'] })
  const dir = path.join(parent, name)
  installable(dir, lang)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'taro init')
  return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) }
}

/**
 * Seeds the target's node_modules with hard links to this repo's packages (same Taro 4.2.1 / React 18 tree), so
 * `npm install` in the target only adds what its own package.json wants on top (husky, stylelint, …) and prunes
 * the rest: ~15 s instead of ~40–70 s of extracting 530 MB. npm replaces packages by removing and extracting, never
 * by writing into an existing file; build caches (.cache) and npm's hidden lockfile are not linked.
 */
export function seedNodeModules(dir) {
  const dest = path.join(dir, 'node_modules')
  execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), dest])
  for (const own of ['.cache', '.package-lock.json']) rmSync(path.join(dest, own), { recursive: true, force: true })
}
