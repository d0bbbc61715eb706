// Throttles a fast-changing value (a streaming answer): at most one update per interval, ending on the latest.
import { useEffect, useRef, useState } from 'react'

/** `value`, updated at most once per `intervalMs` while it keeps changing; always settles on the latest value. */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  // Functions wrapped: useState would call a function value as an initialiser or an updater.
  const [shown, setShown] = useState(() => value)
  // The first render counts as an update: a change right after mount waits for the interval too.
  const last = useRef<number | null>(null)
  if (last.current === null) last.current = Date.now()

  useEffect(() => {
    if (Object.is(value, shown)) return
    const show = () => {
      last.current = Date.now()
      setShown(() => value)
    }
    const wait = (last.current ?? 0) + intervalMs - Date.now()
    if (wait <= 0) {
      show()
      return
    }
    // A newer value clears this timer (effect cleanup) and sets its own for the same moment.
    const timer = setTimeout(show, wait)
    return () => clearTimeout(timer)
  }, [value, shown, intervalMs])

  // Without throttling the caller gets the value itself, not one render late.
  return intervalMs > 0 ? shown : value
}
