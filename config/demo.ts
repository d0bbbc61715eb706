// TARO_APP_DEMO (build option): whether the build carries the demo desk the chat falls back to without credentials.
// `on` (default) keeps it, for trying the template; `off` is a release build: the demo desk and its canned content
// are left out (the code reaches them only behind `process.env.TARO_APP_DEMO !== 'off'`, which the bundler folds),
// and a launch without credentials shows the launch error screen. Only `on` and `off`: Taro copies a TARO_APP_DEMO
// from .env files into the build unchanged, so another spelling would mean one thing here and another in the code.
export function demoConstants(option = process.env.TARO_APP_DEMO || 'on'): Record<string, string> {
  const value = option.trim()
  if (value !== 'on' && value !== 'off') throw new Error(`TARO_APP_DEMO: unknown ${option} (use on or off)`)
  return { TARO_APP_DEMO: JSON.stringify(value) }
}
