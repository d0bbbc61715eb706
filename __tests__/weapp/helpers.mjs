import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { splitUrl } from '../../tools/weapp/mini-runtime.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The weapp build under test (npm test builds it first). */
export const DIST = path.resolve(ROOT, process.env.WEAPP_DIST || 'dist')
export const CHAT_PAGE = 'customer-service/pages/chat/index'

/** A throw-away copy of the build for tests that break it on purpose. */
export function copyOfDist() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'weapp-copy-'))
  cpSync(DIST, dir, { recursive: true })
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Re-renders until `text` shows (the demo desk answers on timers), or fails with what is shown. */
export async function waitForText(rt, renderer, page, route, text, ms = 5000) {
  const end = Date.now() + ms
  for (;;) {
    const tree = renderer.renderPage(route, page.data)
    if (tree.text.includes(text)) return tree
    if (Date.now() > end) throw new Error(`"${text}" not rendered; page shows: ${tree.text.slice(0, 300)}`)
    await rt.flush(50)
  }
}

/** Opens the page a navigateTo URL names, with its query as WeChat hands it over (values not decoded). */
export async function openUrl(rt, url) {
  const { page: route, search } = splitUrl(url)
  const query = Object.fromEntries(search.split('&').filter(Boolean).map((kv) => kv.split('=')))
  return { route, page: await rt.openPage(route, query) }
}
