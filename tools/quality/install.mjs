// miniprogram-ci (WeChat's CI package, ≈ 276 MB installed) is needed only by the quality scan, so it is
// not a dependency of the template: a user's `npm install` must not pay for it. The scan installs one
// pinned version into a cache folder outside the project's node_modules (package-lock.json untouched)
// and reuses it; only that first install needs the npm registry.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Pinned: the scan's verdict depends on the package's own check list, which changes between versions. */
export const MINIPROGRAM_CI_VERSION = '2.1.42'

export function defaultCacheDir() {
  return (
    process.env.MINIPROGRAM_CI_DIR ||
    path.join(os.homedir(), '.cache', 'taro-desk', `miniprogram-ci-${MINIPROGRAM_CI_VERSION}`)
  )
}

function npmInstall(dir, spec) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const res = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', dir, spec], {
    encoding: 'utf8',
    shell: process.platform === 'win32'
  })
  return { code: res.status ?? 1, out: `${res.stdout || ''}${res.stderr || ''}${res.error ? String(res.error) : ''}` }
}

function installedVersion(dir) {
  const file = path.join(dir, 'node_modules', 'miniprogram-ci', 'package.json')
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')).version || null
  } catch {
    return null
  }
}

/**
 * Returns the folder holding node_modules/miniprogram-ci at the pinned version, installing it when absent.
 * `install` is injectable so the reuse and failure paths are testable without the 276 MB download.
 */
export function ensureMiniprogramCi({ dir = defaultCacheDir(), install = npmInstall, log = console.log } = {}) {
  const spec = `miniprogram-ci@${MINIPROGRAM_CI_VERSION}`
  if (installedVersion(dir) === MINIPROGRAM_CI_VERSION) return dir
  log(`installing ${spec} into ${dir} (once; ≈ 276 MB, about a minute) …`)
  mkdirSync(dir, { recursive: true })
  // Its own package.json keeps npm from walking up into whichever project encloses the folder.
  const manifest = path.join(dir, 'package.json')
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "name": "miniprogram-ci-cache", "private": true }\n')
  const res = install(dir, spec)
  const got = installedVersion(dir)
  if (res.code !== 0 || got !== MINIPROGRAM_CI_VERSION) {
    const tail = String(res.out || '').trim().split('\n').slice(-8).join('\n')
    throw new Error(
      `could not install ${spec} into ${dir} (npm exit ${res.code}, found ${got || 'nothing'}).\n` +
        `The quality scan needs the npm registry once to fetch it; set MINIPROGRAM_CI_DIR to a folder ` +
        `that already holds it to run offline.\n${tail}`
    )
  }
  return dir
}
