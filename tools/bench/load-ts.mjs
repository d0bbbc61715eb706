// Loads project TypeScript from a plain Node script: esbuild (already installed with Taro) bundles the
// entry and what it imports (tsconfig paths included) into one ESM file under .artifacts/bench/ts, which is
// then imported. Bundling keeps the modules exactly as written; only types are stripped.
import { build } from 'esbuild'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** `entry` is relative to the repository root, e.g. 'src/customer-service/store/chat-store.ts'. */
export async function loadTs(root, entry) {
  const outfile = path.join(root, '.artifacts', 'bench', 'ts', `${entry.replace(/[\\/]/g, '_').replace(/\.tsx?$/, '')}.mjs`)
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    // As the H5 build and jest see it; the store and protocol code do not branch on it.
    define: { 'process.env.TARO_ENV': '"h5"' },
    logLevel: 'error'
  })
  // A fresh URL per load: a bench run after an edit must not get the module cached by an earlier import.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}
