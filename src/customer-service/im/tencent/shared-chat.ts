// The SDK keeps one instance per SDKAppID until destroy() finishes (TencentCloudChat.create hands back the
// same object), so two transports for one app — a chat page closed and reopened at once, two chats — share
// it. Holders are counted here on purpose: only the last one to leave logs the instance out and destroys it,
// and a newcomer waits for a teardown in flight instead of adopting an instance about to die.
import type { ChatSDK } from '@tencentcloud/lite-chat/basic'

interface Entry {
  chat: ChatSDK
  holders: Set<object>
  /** A logout or destroy in flight: a newcomer waits for it before using (or re-creating) the instance. */
  busy?: Promise<void>
  /** A login in flight: the SDK refuses another one meanwhile with 2025 (REPEAT_LOGIN). */
  loggingIn?: Promise<void>
}

/** Per SDK namespace (tests inject fakes), per SDKAppID. */
const registry = new WeakMap<object, Map<number, Entry>>()

function appsOf(sdk: object): Map<number, Entry> {
  let apps = registry.get(sdk)
  if (!apps) registry.set(sdk, (apps = new Map()))
  return apps
}

/** The instance now, or undefined while a teardown is in flight (then use holdChatWhenFree). */
export function holdChatNow(sdk: object, SDKAppID: number, create: () => ChatSDK, holder: object): ChatSDK | undefined {
  const apps = appsOf(sdk)
  let entry = apps.get(SDKAppID)
  if (entry?.busy) return undefined
  if (!entry) apps.set(SDKAppID, (entry = { chat: create(), holders: new Set() }))
  entry.holders.add(holder)
  return entry.chat
}

/** The instance once no logout or destroy of it is in flight. */
export async function holdChatWhenFree(sdk: object, SDKAppID: number, create: () => ChatSDK, holder: object): Promise<ChatSDK> {
  for (;;) {
    const busy = appsOf(sdk).get(SDKAppID)?.busy
    if (!busy) return holdChatNow(sdk, SDKAppID, create, holder)!
    await busy
  }
}

/** Waits for another holder's logout or destroy of the instance to finish. */
export async function untilFree(sdk: object, SDKAppID: number): Promise<void> {
  for (let busy = appsOf(sdk).get(SDKAppID)?.busy; busy; busy = appsOf(sdk).get(SDKAppID)?.busy) await busy
}

/** Whether another transport still uses this app's instance. */
export function sharedWithOthers(sdk: object, SDKAppID: number, holder: object): boolean {
  const entry = appsOf(sdk).get(SDKAppID)
  return !!entry && [...entry.holders].some((h) => h !== holder)
}

/** Runs `op` with the entry's `key` marking it in flight until it settles; `op`'s rejection is the caller's. */
function track<T>(entry: Entry | undefined, key: 'busy' | 'loggingIn', op: () => Promise<T>): Promise<T> {
  const run = op()
  if (!entry) return run
  const settled = run.then(
    () => undefined,
    () => undefined
  )
  entry[key] = settled
  void settled.then(() => {
    if (entry[key] === settled) entry[key] = undefined
  })
  return run
}

/** Runs a logout or destroy of the instance, marked busy meanwhile. */
export function whileBusy<T>(sdk: object, SDKAppID: number, op: () => Promise<T>): Promise<T> {
  return track(appsOf(sdk).get(SDKAppID), 'busy', op)
}

/** Runs a login after any other holder's login in flight (which this one then follows as a repeat login). */
export async function loginInTurn<T>(sdk: object, SDKAppID: number, op: () => Promise<T>): Promise<T> {
  for (let pending = appsOf(sdk).get(SDKAppID)?.loggingIn; pending; pending = appsOf(sdk).get(SDKAppID)?.loggingIn) await pending
  return track(appsOf(sdk).get(SDKAppID), 'loggingIn', op)
}

/** Lets go of the instance: the last holder destroys it (never rejecting) and the app's slot is freed. */
export async function releaseChat(sdk: object, SDKAppID: number, holder: object): Promise<void> {
  const apps = appsOf(sdk)
  const entry = apps.get(SDKAppID)
  if (!entry || !entry.holders.delete(holder) || entry.holders.size) return
  // The slot is freed inside the busy window, so a waiting newcomer finds no entry and creates afresh.
  await whileBusy(sdk, SDKAppID, async () => {
    await entry.chat.destroy().catch(() => undefined)
    if (apps.get(SDKAppID) === entry) apps.delete(SDKAppID)
  })
}
