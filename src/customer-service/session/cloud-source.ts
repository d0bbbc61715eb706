// The chat's userSig source setting (TARO_APP_USERSIG_URL): an https endpoint, or `cloud:<function>[@<envId>]` —
// a WeChat 云开发 cloud function (cloudfunctions/usersig) that signs for the caller's OPENID, so WeChat, not this
// client, says who the user is. Cloud functions exist only in the mini-program: on H5 the source is unavailable.
import Taro from '@tarojs/taro'
import { checkAnswer, CredentialError, httpCredentialSource } from './credentials'
import type { CredentialSource } from './credentials'

export interface CloudFunctionSpec {
  name: string
  /** 云开发 environment ID; without it, the default environment of the app's own Taro.cloud.init. */
  env?: string
}

/** `cloud:usersig` or `cloud:usersig@prod-1a2b` → the function; undefined for anything else. */
export function cloudFunctionSpec(setting: string): CloudFunctionSpec | undefined {
  const m = /^cloud:([\w-]{1,60})(?:@([\w-]{1,64}))?$/.exec(setting.trim())
  return m ? { name: m[1], env: m[2] } : undefined
}

/** This build can call cloud functions (the weapp build, with Taro.cloud). */
export function cloudAvailable(): boolean {
  return process.env.TARO_ENV === 'weapp' && typeof Taro.cloud?.callFunction === 'function'
}

type CloudInstance = InstanceType<typeof Taro.cloud.Cloud>
/** Private instances, one per named environment. The chat never calls the global Taro.cloud.init: WeChat honours
 * only an app's first init, so ours (the chat may open before the host's own init) would fix the app's default. */
const instances = new Map<string, Promise<CloudInstance>>()

function instanceFor(env: string): Promise<CloudInstance> {
  let ready = instances.get(env)
  if (!ready) {
    const cloud = new Taro.cloud.Cloud({ resourceEnv: env })
    ready = cloud.init().then(() => cloud)
    ready.catch(() => instances.delete(env)) // a failed init is tried again on the next call
    instances.set(env, ready)
  }
  return ready
}

const errText = (err: unknown) => (err as { errMsg?: string })?.errMsg || String((err as Error)?.message ?? err)

/** Calls the cloud function with the launch's userID (it refuses any but the caller's own) and checks its answer. */
export function cloudCredentialSource(spec: CloudFunctionSpec, options: { SDKAppID?: number; timeoutMs?: number } = {}): CredentialSource {
  const who = `cloud function ${spec.name}`
  return async (userID) => {
    if (!cloudAvailable()) throw new CredentialError('unavailable', `${who}: no WeChat 云开发 (Taro.cloud) on ${process.env.TARO_ENV}: pass userSig in the launch URL`)
    let result: unknown
    try {
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject({ errMsg: 'timeout' }), options.timeoutMs ?? 10000)))
      const param = { name: spec.name, data: { userID } }
      // With @<envId>: a private instance of that environment; without: the app's default, from its own init.
      const call = spec.env ? instanceFor(spec.env).then((c) => c.callFunction(param)) : Taro.cloud.callFunction(param)
      result = (await Promise.race([call, timeout]).finally(() => clearTimeout(timer))).result
    } catch (err) {
      const text = errText(err)
      if (!spec.env && /\binit\b/i.test(text)) {
        throw new CredentialError('unavailable', `${who}: 云开发 is not initialised: call Taro.cloud.init({ env }) in app.ts onLaunch, or name the environment (cloud:${spec.name}@<envId>) (${text})`)
      }
      throw new CredentialError('network', `${who} failed: ${text}`)
    }
    const refusal = result as { error?: unknown; message?: unknown } | undefined
    if (refusal && typeof refusal.error === 'string') {
      throw new CredentialError(refusal.error === 'not_your_user' ? 'mismatch' : 'refused', `${who} refused: ${refusal.error} (${String(refusal.message)})`)
    }
    return checkAnswer(result, userID, options.SDKAppID, who)
  }
}

/** The source the setting names: a cloud function, an https endpoint, or none. */
export function credentialSourceFor(setting: string, SDKAppID?: number): CredentialSource | undefined {
  if (!setting) return undefined
  const spec = cloudFunctionSpec(setting)
  if (spec) return cloudCredentialSource(spec, { SDKAppID })
  if (setting.startsWith('cloud:')) {
    return () => Promise.reject(new CredentialError('unavailable', `TARO_APP_USERSIG_URL=${setting}: expected cloud:<name>[@<envId>]`))
  }
  return httpCredentialSource(setting, { SDKAppID })
}

/** The session can fetch a sig itself, so the launch URL may leave userSig out. */
export function canFetchSig(setting: string): boolean {
  if (!setting) return false
  if (!setting.startsWith('cloud:')) return true
  if (cloudAvailable() && cloudFunctionSpec(setting)) return true
  console.error(`[customer-service] TARO_APP_USERSIG_URL=${setting} needs WeChat 云开发 and cloud:<name>; on ${process.env.TARO_ENV} pass userSig in the launch URL`)
  return false
}
