// Boots a built weapp (dist/) in Node: the dist JS runs in a vm context that provides the
// mini-program globals (App, Page, Component, wx, ...), pages go through their real lifecycles,
// and every setData call is applied to page data exactly as the base library would.
import { readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

const require = createRequire(import.meta.url)

/** Applies one Taro setData key such as `root.cn.[0].cn.[1].v` to `target`. */
export function applyPath(target, key, value) {
  const parts = []
  for (const seg of key.split('.')) {
    // `a[0]` and `[0]` both name array slots.
    const re = /([^[\]]+)|\[(\d+)\]/g
    let m
    while ((m = re.exec(seg))) parts.push(m[1] !== undefined ? m[1] : Number(m[2]))
  }
  let obj = target
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]
    if (obj[p] === undefined || obj[p] === null || typeof obj[p] !== 'object') {
      obj[p] = typeof parts[i + 1] === 'number' ? [] : {}
    }
    obj = obj[p]
  }
  obj[parts[parts.length - 1]] = value
}

function utf8Bytes(value) {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8')
}

/**
 * Creates a runtime for one dist folder.
 * @param {string} distDir
 * @param {{ wx?: Record<string, unknown>, onConsole?: (level: string, args: unknown[]) => void }} [options]
 */
export function createMiniRuntime(distDir, options = {}) {
  const appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8'))
  const records = { navigateTo: [], setData: [], errors: [], console: [] }
  const pageConfigs = new Map()
  const componentConfigs = new Map()
  const pageStack = []
  let loadingFile = null
  let appInstance = null

  const logger = {}
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    logger[level] = (...args) => {
      records.console.push({ level, args })
      if (options.onConsole) options.onConsole(level, args)
    }
  }

  const timers = pageTimers()
  const storage = new Map()
  const simulated = require('miniprogram-simulate/src/api/index.js')
  const wx = {
    ...simulated,
    // Real storage semantics: the chat's outbox and drafts rely on it.
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    navigateTo(opts = {}) {
      const url = String(opts.url || '')
      records.navigateTo.push(url)
      const { page } = splitUrl(url)
      const known = allPages().includes(page)
      const res = known ? { errMsg: 'navigateTo:ok' } : { errMsg: `navigateTo:fail page "${page}" is not found` }
      timers.setTimeout(() => {
        if (known) opts.success?.(res)
        else opts.fail?.(res)
        opts.complete?.(res)
      }, 0)
    },
    ...(options.wx || {})
  }

  function allPages() {
    const pages = [...(appJson.pages || [])]
    for (const sub of appJson.subPackages || appJson.subpackages || []) {
      for (const p of sub.pages || []) pages.push(`${sub.root.replace(/\/$/, '')}/${p}`)
    }
    return pages
  }

  const sandbox = {
    console: logger,
    // Tracked, so dispose() can stop what the app left running (an SDK's polling timer would keep Node alive).
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    queueMicrotask,
    wx,
    App(config) {
      appInstance = Object.assign(Object.create(null), config)
      return appInstance
    },
    Page(config) {
      pageConfigs.set(loadingFile, config)
    },
    Component(config) {
      componentConfigs.set(loadingFile, config)
    },
    Behavior(config) {
      return config
    },
    getApp() {
      return appInstance
    },
    getCurrentPages() {
      return [...pageStack]
    },
    requirePlugin() {
      throw new Error('plugins are not available in the Node boot')
    }
  }
  sandbox.global = sandbox
  const context = vm.createContext(sandbox)

  const moduleCache = new Map()
  function load(file) {
    const abs = path.resolve(file)
    if (moduleCache.has(abs)) return moduleCache.get(abs).exports
    const module = { exports: {} }
    moduleCache.set(abs, module)
    const code = readFileSync(abs, 'utf8')
    const fn = vm.compileFunction(code, ['require', 'module', 'exports'], {
      parsingContext: context,
      filename: abs
    })
    const localRequire = (request) => {
      let target = path.resolve(path.dirname(abs), request)
      if (!existsSync(target) && existsSync(`${target}.js`)) target = `${target}.js`
      return load(target)
    }
    const prev = loadingFile
    loadingFile = path.relative(distDir, abs).replace(/\.js$/, '')
    try {
      fn.call(module.exports, localRequire, module, module.exports)
    } finally {
      loadingFile = prev
    }
    return module.exports
  }

  function flush(ms = 0) {
    return new Promise((resolve) => setTimeout(resolve, ms))
  }

  /** Loads app.js and runs onLaunch/onShow like the base library does at start. */
  async function launch(launchOptions = { path: appJson.pages[0], query: {}, scene: 1001 }) {
    load(path.join(distDir, 'app.js'))
    if (!appInstance) throw new Error('app.js did not call App()')
    appInstance.onLaunch?.call(appInstance, launchOptions)
    appInstance.onShow?.call(appInstance, launchOptions)
    await flush()
    return appInstance
  }

  /** Loads and opens a page (path without leading slash), running onLoad/onShow/onReady. */
  async function openPage(route, query = {}) {
    const file = path.join(distDir, `${route}.js`)
    if (!existsSync(file)) throw new Error(`page ${route} has no ${route}.js in dist`)
    load(file)
    const config = pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    const inst = Object.create(null)
    for (const [k, v] of Object.entries(config)) inst[k] = typeof v === 'function' ? v : v
    inst.data = JSON.parse(JSON.stringify(config.data || {}))
    inst.route = route
    inst.__route__ = route
    inst.options = query
    inst.setData = (patch, cb) => {
      records.setData.push({ route, bytes: utf8Bytes(patch), keys: Object.keys(patch).length })
      for (const [k, v] of Object.entries(patch)) applyPath(inst.data, k, JSON.parse(JSON.stringify(v ?? null)))
      // The base library calls back after the view layer has applied the data.
      if (typeof cb === 'function') timers.setTimeout(cb, 0)
    }
    pageStack.push(inst)
    inst.onLoad?.call(inst, { ...query })
    inst.onShow?.call(inst)
    await flush()
    inst.onReady?.call(inst)
    await flush()
    return inst
  }

  async function closePage(inst) {
    const i = pageStack.indexOf(inst)
    if (i >= 0) pageStack.splice(i, 1)
    inst.onUnload?.call(inst)
    await flush()
  }

  /**
   * Ends the runtime: unloads the pages still open, then clears every timer and interval the app created
   * (and any it creates from here on). Call it when a test is done, so nothing left running keeps Node alive.
   * @returns {Promise<number>} how many timers were still pending
   */
  async function dispose() {
    for (const inst of [...pageStack].reverse()) {
      try {
        await closePage(inst)
      } catch (err) {
        records.errors.push(err)
      }
    }
    return timers.dispose()
  }

  return { appJson, allPages, records, wx, storage, context, launch, openPage, closePage, dispose, flush, load, componentConfigs, pendingTimers: () => timers.pending() }
}

/** setTimeout/setInterval for the vm context that remember what is pending, so dispose() can clear it. */
function pageTimers() {
  const pending = new Set()
  let disposed = false
  const start = (create, clear, repeat) => (fn, ms, ...args) => {
    const id = create(() => {
      if (!repeat) pending.delete(id)
      if (typeof fn === 'function') fn(...args)
    }, ms)
    // After dispose() nothing new may run: the id stays valid for the caller, the timer is gone.
    if (disposed) clear(id)
    else pending.add(id)
    return id
  }
  const stop = (clear) => (id) => {
    // Code may hold the number a Timeout converts to (Node clears by either): forget the matching object too.
    for (const t of pending) if (t === id || +t === id) pending.delete(t)
    clear(id)
  }
  return {
    setTimeout: start(setTimeout, clearTimeout, false),
    setInterval: start(setInterval, clearInterval, true),
    clearTimeout: stop(clearTimeout),
    clearInterval: stop(clearInterval),
    pending: () => pending.size,
    dispose() {
      disposed = true
      const left = pending.size
      // clearTimeout and clearInterval clear either kind in Node.
      for (const id of pending) clearTimeout(id)
      pending.clear()
      return left
    }
  }
}

/** Splits a mini-program URL into the page path (no leading slash) and the raw query string. */
export function splitUrl(url) {
  const q = url.indexOf('?')
  const page = (q >= 0 ? url.slice(0, q) : url).replace(/^\//, '')
  return { page, search: q >= 0 ? url.slice(q + 1) : '' }
}
