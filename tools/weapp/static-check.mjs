// Static validation of a weapp build: structure, config consistency, and WeChat's own compilers.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { compileWxml, compileWxss } from './wcc.mjs'
import { listFiles } from './render.mjs'
import { measureDist, subpackageRoots } from '../size-lib.mjs'

const TWO_MB = 2 * 1024 * 1024

function readJson(distDir, file) {
  return JSON.parse(readFileSync(path.join(distDir, file), 'utf8'))
}

/** Each check returns a list of problems; an empty list means it passed. */
export const checks = {
  'app.json declares pages'(distDir) {
    if (!existsSync(path.join(distDir, 'app.json'))) return ['dist/app.json is missing']
    const app = readJson(distDir, 'app.json')
    return Array.isArray(app.pages) && app.pages.length ? [] : ['app.json has no pages']
  },

  'every page has its .js, .wxml and .json'(distDir) {
    const app = readJson(distDir, 'app.json')
    const pages = [...app.pages]
    for (const sub of app.subPackages || app.subpackages || []) {
      for (const p of sub.pages || []) pages.push(`${sub.root.replace(/\/$/, '')}/${p}`)
    }
    const problems = []
    for (const page of pages) {
      for (const ext of ['.js', '.wxml', '.json']) {
        if (!existsSync(path.join(distDir, page + ext))) problems.push(`${page}${ext} is missing`)
      }
    }
    return problems
  },

  'subpackage roots are distinct and hold no main pages'(distDir) {
    const app = readJson(distDir, 'app.json')
    const roots = subpackageRoots(app)
    const problems = []
    roots.forEach((a, i) =>
      roots.forEach((b, j) => {
        if (i !== j && (a === b || a.startsWith(`${b}/`))) problems.push(`subpackage root "${a}" overlaps "${b}"`)
      })
    )
    for (const page of app.pages) {
      const r = roots.find((root) => page.startsWith(`${root}/`))
      if (r) problems.push(`main-package page "${page}" lies inside subpackage root "${r}"`)
    }
    for (const sub of app.subPackages || app.subpackages || []) {
      if (!sub.pages?.length) problems.push(`subpackage "${sub.root}" has no pages`)
    }
    return problems
  },

  'preloadRule names real pages and packages'(distDir) {
    const app = readJson(distDir, 'app.json')
    const subs = app.subPackages || app.subpackages || []
    const all = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
    const names = new Set(['__APP__', ...subs.flatMap((s) => [s.root.replace(/\/$/, ''), s.name].filter(Boolean))])
    const problems = []
    for (const [page, rule] of Object.entries(app.preloadRule || {})) {
      if (!all.includes(page)) problems.push(`preloadRule key "${page}" is not a page`)
      if (!['all', 'wifi', undefined].includes(rule.network)) problems.push(`preloadRule "${page}": network "${rule.network}" is invalid`)
      if (!Array.isArray(rule.packages) || !rule.packages.length) problems.push(`preloadRule "${page}" lists no packages`)
      for (const p of rule.packages || []) if (!names.has(p)) problems.push(`preloadRule "${page}" names unknown package "${p}"`)
    }
    return problems
  },

  'usingComponents resolve'(distDir) {
    const problems = []
    for (const file of listFiles(distDir, '.json')) {
      if (file === 'app.json' || file.startsWith('project.')) continue
      const json = readJson(distDir, file)
      for (const [name, ref] of Object.entries(json.usingComponents || {})) {
        if (ref.startsWith('plugin://')) continue
        const base = ref.startsWith('/') ? path.join(distDir, ref) : path.join(distDir, path.dirname(file), ref)
        for (const ext of ['.js', '.json', '.wxml']) {
          if (!existsSync(base + ext)) problems.push(`${file}: component "${name}" → ${path.relative(distDir, base)}${ext} missing`)
        }
      }
    }
    return problems
  },

  'every package is within 2 MB'(distDir) {
    const { packages } = measureDist(distDir)
    return Object.entries(packages)
      .filter(([, p]) => p.bytes > TWO_MB)
      .map(([name, p]) => `${name}: ${p.bytes} B exceeds 2 MB`)
  },

  'every WXML/WXS compiles with wcc'(distDir) {
    const res = compileWxml(distDir, listFiles(distDir, '.wxml'), listFiles(distDir, '.wxs'))
    return res.ok ? [] : [res.error || 'wcc failed']
  },

  'every WXSS compiles with wcsc'(distDir) {
    const problems = []
    for (const file of listFiles(distDir, '.wxss')) {
      const res = compileWxss(distDir, file)
      if (!res.ok) problems.push(`${file}: ${res.error}`)
    }
    return problems
  },

  'every JS file parses'(distDir) {
    const problems = []
    for (const file of listFiles(distDir, '.js')) {
      try {
        new vm.Script(readFileSync(path.join(distDir, file), 'utf8'), { filename: file })
      } catch (err) {
        problems.push(`${file}: ${err.message}`)
      }
    }
    return problems
  }
}

export function runStaticChecks(distDir) {
  return Object.entries(checks).map(([name, fn]) => {
    try {
      const problems = fn(distDir)
      return { name, ok: problems.length === 0, problems }
    } catch (err) {
      return { name, ok: false, problems: [String(err && err.message ? err.message : err)] }
    }
  })
}
