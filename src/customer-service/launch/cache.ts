// What the chat keeps on the device, and how the host clears it on logout. Importable from the main package:
// it pulls in nothing of the chat itself.
import Taro from '@tarojs/taro'

/** Storage keys of the chat: the last screen of each conversation (instant open) and unsent texts (outbox). */
export const CHAT_STORAGE_PREFIXES = ['cs-open:', 'cs-outbox:'] as const

/**
 * Logout on the host: removes every conversation the chat cached and every text still waiting to be sent, for
 * every user and account on this device. Returns how many entries went.
 */
export function clearChatCache(): number {
  let keys: string[] = []
  try {
    keys = Taro.getStorageInfoSync().keys
  } catch {
    return 0
  }
  let removed = 0
  for (const key of keys) {
    if (!CHAT_STORAGE_PREFIXES.some((p) => key.startsWith(p))) continue
    try {
      Taro.removeStorageSync(key)
      removed += 1
    } catch {
      // a key that cannot be removed is left; the next start of another user clears it too
    }
  }
  return removed
}
