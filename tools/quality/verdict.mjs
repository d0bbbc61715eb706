// Pure verdict logic of the quality scan (no miniprogram-ci here, so it is testable on recorded results).
// miniprogram-ci's checkCodeQuality = DevTools' 代码质量 panel (11 checks); analyseCode = 代码静态依赖分析,
// from which two more checks are derived: with lazyCodeLoading on, WeChat injects only what the
// dependency graph reaches, so every file must be in it and every dependency must resolve.

/** The 11 checks checkCodeQuality runs (miniprogram-ci 2.1.42), in DevTools' order. */
export const QUALITY_CHECKS = [
  ['PACKAGE_SIZE_LIMIT', 'every package ≤ 1.5 MB'],
  ['JS_COMPRESS_OPEN', 'JS compression on upload'],
  ['WXML_COMPRESS_OPEN', 'WXML compression on upload'],
  ['WXSS_COMPRESS_OPEN', 'WXSS compression on upload'],
  ['LAZYCODE_LOADING_OPEN', 'lazyCodeLoading: requiredComponents'],
  ['IMAGE_AND_AUDIO_LIMIT', 'images + audio ≤ 200 KB'],
  ['CONTAINS_OTHER_PKG_JS', 'no main-package JS used only by subpackages'],
  ['CONTAINS_OTHER_PKG_COMPONENTS', 'no main-package components used only by subpackages'],
  ['CONTAINS_UNUSED_PLUGINS', 'no unused plugins'],
  ['CONTAINS_UNUSED_COMPONENTS', 'no unused components'],
  ['CONTAINS_UNUSED_CODES', 'no files without dependants']
]

const fmt = (n) => Number(n).toLocaleString('en-US')
const count = (d) => (Array.isArray(d) ? d.length : Array.isArray(d?.files) ? d.files.length : 0)
const pkgName = (key) => (key === '__APP__' || key === null ? 'main' : String(key).replace(/\/$/, ''))

function figure(name, detail) {
  if (name === 'PACKAGE_SIZE_LIMIT' && detail && typeof detail === 'object') {
    return Object.entries(detail)
      .map(([k, v]) => `${pkgName(k)} ${fmt(v)} B`)
      .join(', ')
  }
  if (detail === undefined) return ''
  const n = count(detail)
  const items = Array.isArray(detail) ? detail : detail?.files || []
  return n ? `${n}: ${items.slice(0, 5).map((x) => x?.path || x).join(', ')}` : '0 found'
}

/** Reduces analyseCode's result to what the verdict and the report need (also what fixtures record). */
export function summariseAnalysis(analysis) {
  const files = (analysis?.files || []).map((f) => ({
    path: f.path,
    size: f.size,
    subPackage: f.subPackage ?? null,
    inGraph: Boolean(f.moduleId)
  }))
  const depErrors = []
  for (const m of analysis?.modules || []) {
    for (const e of m.errors || []) depErrors.push(`${m.id}: ${e?.message || e}`)
    for (const d of m.deps || []) if (d.error) depErrors.push(`${m.id} → ${d.request}: ${d.error?.message || d.error}`)
  }
  return { files, modules: (analysis?.modules || []).length, depErrors }
}

/** Sums file sizes per package as analyseCode lists them. */
export function packageSizes(summary) {
  const sizes = {}
  for (const f of summary.files) sizes[pkgName(f.subPackage)] = (sizes[pkgName(f.subPackage)] || 0) + (f.size || 0)
  return sizes
}

/**
 * @param quality checkCodeQuality's array of { name, success, text, detail }
 * @param summary summariseAnalysis(analyseCode's result)
 * @returns {{ rows: {name, label, ok, figure}[], passed: number, failed: number }}
 */
export function verdict(quality, summary) {
  const byName = new Map((quality || []).map((q) => [q.name, q]))
  const rows = QUALITY_CHECKS.map(([name, label]) => {
    const q = byName.get(name)
    // A check that vanished (another miniprogram-ci version) must not pass silently.
    if (!q) return { name, label, ok: false, figure: 'not reported by miniprogram-ci' }
    return { name, label, ok: q.success === true, figure: figure(name, q.detail) }
  })
  const outside = summary.files.filter((f) => !f.inGraph).map((f) => f.path)
  rows.push({
    name: 'ANALYSE_ALL_IN_GRAPH',
    label: 'analyseCode: every file is reached from app.json',
    ok: summary.files.length > 0 && outside.length === 0,
    figure: summary.files.length
      ? `${summary.files.length} files, ${summary.modules} modules, ${outside.length} outside${outside.length ? `: ${outside.slice(0, 5).join(', ')}` : ''}`
      : 'no files analysed'
  })
  rows.push({
    name: 'ANALYSE_DEPS_RESOLVE',
    label: 'analyseCode: every dependency resolves',
    ok: summary.depErrors.length === 0,
    figure: summary.depErrors.length ? `${summary.depErrors.length}: ${summary.depErrors.slice(0, 3).join('; ')}` : '0 errors'
  })
  const passed = rows.filter((r) => r.ok).length
  return { rows, passed, failed: rows.length - passed }
}

/** The printed report; its last line is what tools/test-all.mjs parses. */
export function formatReport({ rows, passed, failed }, summary) {
  const lines = rows.map((r) => `${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(30)} ${r.label}${r.figure ? ` (${r.figure})` : ''}`)
  const sizes = Object.entries(packageSizes(summary))
    .map(([k, v]) => `${k} ${fmt(v)} B`)
    .join(', ')
  if (sizes) lines.push(`analyseCode package sizes: ${sizes}`)
  lines.push(`quality: ${passed} passed, ${failed} failed`)
  return lines.join('\n')
}
