// WeChat's own template/style compilers (npm miniprogram-compiler ships the Linux binaries).
import { spawnSync } from 'node:child_process'
import { chmodSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

function binary(name) {
  const dir = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux')
  const file = path.join(dir, name)
  // The package ships the binaries without the executable bit.
  if (!(statSync(file).mode & 0o111)) chmodSync(file, 0o755)
  return file
}

/** Compiles every WXML and WXS file together (wcc needs the whole set to resolve imports). */
export function compileWxml(distDir, wxmlFiles, wxsFiles) {
  const res = spawnSync(binary('wcc'), ['-d', '-cc', '0', ...wxmlFiles, ...wxsFiles, '-gn', '$gwx'], {
    cwd: distDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { ok: res.status === 0 && !res.error, code: res.stdout, error: (res.stderr || String(res.error || '')).trim() }
}

/** Compiles one WXSS file; wcsc reports file:line errors on stderr and exits non-zero. */
export function compileWxss(distDir, file) {
  const res = spawnSync(binary('wcsc'), ['-db', '-pc', '0', file], {
    cwd: distDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { ok: res.status === 0 && !res.error, error: (res.stderr || String(res.error || '')).trim() }
}
