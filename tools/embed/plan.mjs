// What embedding would do to one target: a list of steps, each with what it changes and how to apply it.
// Computing the plan writes nothing; an empty plan means the chat is already embedded (idempotence).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { editAppConfig } from './app-config.mjs'
import { compareFolder, REPO, SOURCE_ROOT, subpackageFiles, writeFolder } from './copy.mjs'
import { editPackageJson, importedPackages, planDependencies } from './deps.mjs'
import { EmbedError } from './errors.mjs'
import { planLanguages } from './languages.mjs'
import { planTerser } from './terser.mjs'
import { inspectTarget } from './target.mjs'

const ROOT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

export function planEmbed({ target: targetArg, root = SOURCE_ROOT }) {
  if (!ROOT_NAME.test(root) || root === 'pages') {
    throw new EmbedError(`--root "${root}" is not a valid subpackage folder name (letters, digits, - and _; not "pages").`)
  }
  const target = inspectTarget(path.resolve(targetArg))
  const steps = []
  const manual = []

  const files = subpackageFiles({ root, lang: target.lang })
  const dest = path.join(target.dir, 'src', root)
  if (existsSync(dest) && !statSync(dest).isDirectory()) {
    throw new EmbedError(`src/${root} exists and is a file, not a folder. Remove it or choose another --root.`)
  }
  const folder = compareFolder(dest, files)
  const firstFive = (list, sep) => list.slice(0, 5).join(sep) + (list.length > 5 ? ` (and ${list.length - 5} more)` : '')
  if (folder.state === 'modified') {
    throw new EmbedError(`src/${root} is already embedded, but modified: ${firstFive(folder.differences, ', ')}. The embed does not overwrite changes: restore or remove the folder, or choose another --root.`)
  }
  if (folder.state === 'different') {
    throw new EmbedError(`src/${root} already exists with different content (${firstFive(folder.differences, '; ')}). Remove it or choose another --root.`)
  }
  if (folder.state === 'absent') {
    steps.push({ title: `copy the chat subpackage to src/${root}/ (${files.size} files${target.lang === 'js' ? ', as JavaScript' : ''})`, apply: () => writeFolder(dest, files) })
  }

  const configFile = path.join(target.dir, target.appConfig)
  const config = readFileSync(configFile, 'utf8')
  const edit = editAppConfig(config, { file: target.appConfig, root })
  manual.push(...edit.manual)
  if (edit.text !== config) {
    steps.push({ title: `${target.appConfig}: ${edit.changes.join('; ')}`, apply: () => writeFileSync(configFile, edit.text) })
  }

  // Only the language packs TARO_APP_LANGUAGES names (zh,en by default) in the host's build.
  const languages = planLanguages(target.dir, root)
  steps.push(...languages.steps)
  manual.push(...languages.manual)
  // The template's production minifier (config/terser.ts) in the host's config/prod: ≈ 14 KB off the subpackage.
  const minifier = planTerser(target.dir)
  steps.push(...minifier.steps)
  manual.push(...minifier.manual)

  const source = { repo: REPO, pkg: JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) }
  const deps = planDependencies(target, importedPackages(files), source)
  const added = Object.entries(deps.add)
  if (added.length) {
    const pkgFile = path.join(target.dir, 'package.json')
    const text = editPackageJson(readFileSync(pkgFile, 'utf8'), deps.add)
    steps.push({ title: `package.json: add ${added.map(([n, v]) => `${n}@${v}`).join(', ')}`, apply: () => writeFileSync(pkgFile, text) })
  }
  return { target, root, steps, manual, kept: deps.kept, installNeeded: added.length > 0, configExt: languages.ext }
}

export function applyPlan(plan) {
  for (const step of plan.steps) step.apply()
}
