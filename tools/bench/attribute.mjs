// Attributes every byte of a built JS file to the source module it came from, using the file's
// source map: the bytes between one mapping and the next belong to the first one's source.
// Bytes no mapping covers (webpack runtime glue, wrappers) are counted as "(generated)".
import { readFileSync } from 'node:fs'
import { SourceMapConsumer } from 'source-map'

/**
 * Normalises webpack:// source names to repo-relative paths and groups node_modules by package.
 * Taro names modules by their path with "/" turned into "_" ("._src_customer-service_store_state.ts");
 * turning them back is lossy only for file names that contain "_", which ours don't. Taro's runtime
 * ships its own source maps, relative to its package ("../src/…").
 */
export function moduleName(source) {
  let clean = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/\?.*$/, '')
  if (clean.startsWith('.._')) return `@tarojs/* ${clean.slice(3).replace(/_/g, '/')}`
  if (clean.startsWith('._')) clean = clean.slice(2).replace(/node_modules/g, '\0').replace(/_/g, '/').replace(/\0/g, 'node_modules')
  clean = clean.replace(/^\.\//, '')
  const nm = clean.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/')
    return `node_modules/${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`
  }
  return clean
}

/** Map<module, bytes> for one file; UTF-8 bytes, so Chinese text counts what it weighs. */
export async function attributeFile(jsFile, mapFile = `${jsFile}.map`) {
  const code = readFileSync(jsFile, 'utf8')
  const lines = code.split('\n')
  const raw = JSON.parse(readFileSync(mapFile, 'utf8'))
  const out = new Map()
  const add = (name, text) => out.set(name, (out.get(name) || 0) + Buffer.byteLength(text))
  const consumer = await new SourceMapConsumer(raw)
  try {
    const byLine = new Map()
    consumer.eachMapping((m) => {
      const arr = byLine.get(m.generatedLine) || []
      arr.push({ col: m.generatedColumn, source: m.source ? moduleName(m.source) : '(generated)' })
      byLine.set(m.generatedLine, arr)
    })
    lines.forEach((line, i) => {
      const marks = (byLine.get(i + 1) || []).sort((a, b) => a.col - b.col)
      let last = 0
      let owner = '(generated)'
      for (const m of marks) {
        if (m.col > last) add(owner, line.slice(last, m.col))
        last = Math.max(last, m.col)
        owner = m.source
      }
      add(owner, `${line.slice(last)}\n`)
    })
  } finally {
    consumer.destroy?.()
  }
  return out
}
