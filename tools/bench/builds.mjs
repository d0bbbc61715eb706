// The production builds the bench modules run against: dist/ (weapp) and dist-h5/ (H5), or WEAPP_DIST /
// H5_DIST as the test harnesses read them. Without --skip-build each is rebuilt once per bench run, so the
// figures describe the current source; with it, an existing build is reused.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const built = new Set()

export function distOf(root, type) {
  const env = type === 'h5' ? process.env.H5_DIST : process.env.WEAPP_DIST
  return path.resolve(root, env || (type === 'h5' ? 'dist-h5' : 'dist'))
}

/** Returns the build folder of `type` ('weapp' | 'h5'), building it when asked to or when it is missing. */
export function ensureBuild(ctx, type) {
  const dir = distOf(ctx.root, type)
  const present = existsSync(path.join(dir, type === 'h5' ? 'index.html' : 'app.json'))
  if (built.has(dir) || (ctx.skipBuild && present)) return dir
  ctx.log(`bench: building ${type} (production) into ${path.relative(ctx.root, dir) || '.'}…`)
  const env = { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: dir }
  const res = spawnSync(path.join(ctx.root, 'node_modules', '.bin', 'taro'), ['build', '--type', type], { cwd: ctx.root, env, encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`${type} build failed:\n${(res.stderr || res.stdout).slice(-2000)}`)
  built.add(dir)
  return dir
}
