// What every bench module shares: small statistics, the budget check, the figures table, and running one
// module on its own (`node tools/bench/<part>.mjs [--check] [--skip-build]`).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** A figure with its verdict: `ok` as the module said, else value <= budget; no budget, no verdict. */
export function judge(figure) {
  if (typeof figure.ok === 'boolean') return figure
  if (typeof figure.budget !== 'number') return { ...figure, ok: undefined }
  return { ...figure, ok: figure.value <= figure.budget }
}

const show = (v, unit) => (typeof v === 'number' ? `${Number.isInteger(v) ? v.toLocaleString('en-US') : v} ${unit || ''}`.trim() : '–')

/** Markdown table rows (also what the console shows). */
export function table(figures) {
  const lines = ['| figure | value | budget | ok |', '|---|---:|---:|:-:|']
  for (const f of figures.map(judge)) {
    const label = f.note ? `${f.label} (${f.note})` : f.label
    lines.push(`| ${label} | ${show(f.value, f.unit)} | ${typeof f.budget === 'number' ? `≤ ${show(f.budget, f.unit)}` : '–'} | ${f.ok === undefined ? '' : f.ok ? '✓' : '✗'} |`)
  }
  return lines.join('\n')
}

export const overBudget = (figures) => figures.map(judge).filter((f) => f.ok === false)

/** Runs one module from the command line: prints its table; --check exits 1 when a figure is over budget. */
export async function cli(run) {
  const args = process.argv.slice(2)
  const ctx = { root: ROOT, skipBuild: args.includes('--skip-build'), log: (...a) => console.log(...a) }
  const { figures } = await run(ctx)
  console.log(table(figures))
  const over = overBudget(figures)
  // Budgeted figures as checks, the line tools/test-all.mjs counts.
  console.log(`bench: ${figures.map(judge).filter((f) => f.ok !== undefined).length - over.length} passed, ${over.length} failed`)
  if (args.includes('--check') && over.length) {
    console.error(`over budget: ${over.map((f) => f.id).join(', ')}`)
    process.exit(1)
  }
}
