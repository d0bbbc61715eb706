// Reads the target project and refuses the ones the chat cannot live in (not Taro React, Taro < 4, React ≠ 18).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { EmbedError } from './errors.mjs'

const APP_CONFIGS = ['src/app.config.ts', 'src/app.config.js']

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** The lowest version a dependency can resolve to: the installed one if any, else the range's minimum. */
function versionOf(dir, pkg, range) {
  const installed = path.join(dir, 'node_modules', pkg, 'package.json')
  if (existsSync(installed)) return readJson(installed).version
  const min = semver.validRange(range) && semver.minVersion(range)
  return min ? min.version : null
}

/**
 * @param {string} dir absolute path of the target project
 * @returns {{ dir, pkg, deps, lang: 'ts'|'js', appConfig: string, taro: string, react: string }}
 */
export function inspectTarget(dir) {
  if (!existsSync(dir)) throw new EmbedError(`Target ${dir} does not exist.`)
  const pkgFile = path.join(dir, 'package.json')
  if (!existsSync(pkgFile)) throw new EmbedError(`Target ${dir} has no package.json: not a Taro React project.`)
  const pkg = readJson(pkgFile)
  const deps = { ...pkg.devDependencies, ...pkg.dependencies }
  if (!deps['@tarojs/taro']) throw new EmbedError(`Target ${dir} does not depend on @tarojs/taro: not a Taro project.`)
  if (!deps.react || !deps['@tarojs/plugin-framework-react']) {
    throw new EmbedError(`Target ${dir} is not a Taro React project (react and @tarojs/plugin-framework-react are required).`)
  }
  const appConfig = APP_CONFIGS.find((f) => existsSync(path.join(dir, f)))
  if (!appConfig) throw new EmbedError(`Target ${dir} has no src/app.config.ts or src/app.config.js.`)

  const taro = versionOf(dir, '@tarojs/taro', deps['@tarojs/taro'])
  if (!taro) throw new EmbedError(`Cannot tell which Taro version "${deps['@tarojs/taro']}" means: install the target's dependencies first.`)
  if (semver.major(taro) < 4) throw new EmbedError(`Target uses Taro ${taro}: the chat needs Taro 4 or newer. Upgrade Taro first.`)
  const react = versionOf(dir, 'react', deps.react)
  if (!react) throw new EmbedError(`Cannot tell which React version "${deps.react}" means: install the target's dependencies first.`)
  if (semver.major(react) >= 19) {
    throw new EmbedError(`Target uses React ${react}: Taro 4's weapp runtime crashes at start-up with React 19 (ReactCurrentBatchConfig). Use react and react-dom ^18.3.1.`)
  }
  if (semver.major(react) < 18) throw new EmbedError(`Target uses React ${react}: the chat needs React 18.`)

  const lang = existsSync(path.join(dir, 'tsconfig.json')) ? 'ts' : 'js'
  return { dir, pkg, deps, lang, appConfig, taro, react }
}

/** Uncommitted changes in the target's folder (not elsewhere in a monorepo); null when it is not in a git repository. */
export function gitChanges(dir) {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, stdio: 'pipe' })
  } catch {
    return null
  }
  const out = execFileSync('git', ['status', '--porcelain', '--', '.'], { cwd: dir, encoding: 'utf8' })
  return out.split('\n').filter(Boolean)
}
