import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
