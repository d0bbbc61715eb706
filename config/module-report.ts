import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Compiler } from 'webpack'

/**
 * Writes which source modules ended up in which output file, so the size check can prove that
 * the IM SDK and the store never land in the main package (sizes alone cannot prove that).
 * Enabled by MODULE_REPORT=<file>.
 */
export class ModuleReportPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('ModuleReportPlugin', (stats) => {
      const { compilation } = stats
      const root = compiler.context
      const files: Record<string, string[]> = {}
      const nameOf = (m: any): string[] => {
        // Concatenated (scope-hoisted) modules carry their parts in `modules`.
        if (Array.isArray(m.modules)) return m.modules.flatMap(nameOf)
        const res: string | undefined = m.resource || (typeof m.nameForCondition === 'function' ? m.nameForCondition() : undefined)
        return res ? [path.relative(root, res.split('?')[0])] : []
      }
      for (const chunk of compilation.chunks) {
        const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap(nameOf)
        for (const file of chunk.files) {
          if (!file.endsWith('.js')) continue
          files[file] = [...new Set([...(files[file] || []), ...modules])].sort()
        }
      }
      mkdirSync(path.dirname(this.file), { recursive: true })
      writeFileSync(this.file, JSON.stringify({ outputPath: path.relative(root, compilation.outputOptions.path || ''), files }, null, 1))
    })
  }
}
