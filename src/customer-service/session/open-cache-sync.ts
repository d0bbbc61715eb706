// Wires the open cache to the store: cached rows in on open, the live tail out (throttled) as messages change.
// The session calls these; the storage is injected (Taro in the app).
import Taro from '@tarojs/taro'
import type { ChatStore } from '../store/chat-store'
import { cacheableTail, seedCached } from '../store/open-cache'
import type { ListItem } from '../store/state'
import type { CacheStorage } from './open-cache'
import { OPEN_CACHE_MAX_MESSAGES, OpenCache } from './open-cache'

/**
 * Taro's storage as the cache's storage. Spelled as member calls on purpose: the H5 build rewrites each
 * `Taro.x(…)` call to an import of `x`, so handing over the `Taro` object itself would lack these APIs there.
 */
export const taroStorage: CacheStorage = {
  getStorageSync: (key) => Taro.getStorageSync(key),
  setStorageSync: (key, value) => Taro.setStorageSync(key, value),
  removeStorageSync: (key) => Taro.removeStorageSync(key)
}

/** An account is opened and its history is not loaded yet: show its cached rows at once. */
export function openFromCache(store: ChatStore, storage: CacheStorage, userID: string, account: string) {
  const conv = store.getState().conversations[account]
  if (!conv || conv.historyLoaded || conv.messages.length) return
  seedCached(store, account, new OpenCache(storage, userID, account).read())
}

export interface OpenCacheSync {
  /** Writes what changed now (page hidden or closing). */
  flush(): void
  /** Flushes, then stops listening. */
  stop(): void
}

/**
 * Keeps each live-confirmed conversation's newest rows in the cache. Writes at most once per `delayMs` (a
 * streamed answer changes many times a second), and only what changed since the last write.
 */
export function syncOpenCache(store: ChatStore, storage: CacheStorage, userID: string, { delayMs = 1000 } = {}): OpenCacheSync {
  const seen = new Map<string, ListItem[]>()
  const written = new Map<string, string>()
  const dirty = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    clearTimeout(timer)
    timer = undefined
    const { conversations } = store.getState()
    for (const account of dirty) {
      const conv = conversations[account]
      const tail = conv && cacheableTail(conv, OPEN_CACHE_MAX_MESSAGES)
      if (!tail) continue
      // At most 30 rows once a second: comparing their JSON is cheaper than a storage write.
      const signature = JSON.stringify(tail)
      if (written.get(account) !== signature) {
        new OpenCache(storage, userID, account).write(tail)
        written.set(account, signature)
      }
    }
    dirty.clear()
  }

  const unsubscribe = store.subscribe((state) => {
    for (const [account, conv] of Object.entries(state.conversations)) {
      if (seen.get(account) === conv.messages) continue
      seen.set(account, conv.messages)
      dirty.add(account)
    }
    if (dirty.size && !timer) timer = setTimeout(flush, delayMs)
  })

  return {
    flush,
    stop() {
      flush()
      unsubscribe()
    }
  }
}
