// The demo desk as the chat starts it without credentials. session/create.ts requires this module only behind
// the TARO_APP_DEMO constant, so a release build (TARO_APP_DEMO=off) carries none of the demo desk.
import type { LaunchParams } from '../../launch/types'
import type { ChatTransport } from '../types'
import { DemoDesk } from './demo-desk'

/** The demo desk, reachable as globalThis.__csDemoDesk (see startDemoDesk). */
type DemoHook = { __csDemoDesk?: unknown }

export function startDemoDesk(params: LaunchParams): ChatTransport {
  // Lifelike pace and some history to scroll through.
  const desk = new DemoDesk({ pace: 1, historySize: 30, seed: Date.now() % 100000, language: params.language })
  // Demo mode only (no credentials exist to leak): the desk is reachable from the H5 console to try faults
  // (window.__csDemoDesk.kick('multipleDevice'), .disconnect(), .deskSays(…)); the hostile-content tests and the
  // benchmarks (npm run bench: setData cost on the weapp build, H5 render scaling) drive it the same way.
  // Released with its session (releaseDemoHook in session/create.ts).
  if (typeof globalThis !== 'undefined') (globalThis as DemoHook).__csDemoDesk = desk
  return desk
}
