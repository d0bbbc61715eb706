// Whether this build carries the demo desk: TARO_APP_DEMO=off (config/demo.ts) makes a release build without it.

/**
 * False in a release build (TARO_APP_DEMO=off). Spelled out so the bundler replaces the constant; a host whose
 * build config does not define it has no `process` at run time, and its build could not drop the demo desk
 * either: it is treated as having none, so the launch error names TARO_APP_DEMO (re-run the embed).
 */
export function demoBuilt(): boolean {
  try {
    return process.env.TARO_APP_DEMO !== 'off'
  } catch {
    return false
  }
}
