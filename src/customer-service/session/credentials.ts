// userSig handling in the client: read a sig's expiry (it is base64 of a zlib-deflated JSON document)
// and fetch a fresh one from the developer's endpoint. The sig is only ever issued by a server.
import Taro from '@tarojs/taro'
import { strFromU8, unzlibSync } from 'fflate'

export interface SigInfo {
  identifier: string
  sdkAppId: number
  /** Issue time and lifetime, seconds. */
  time: number
  expire: number
}

/** Decodes a userSig offline (no verification: only Tencent can verify it). Undefined if it is not one. */
export function decodeUserSig(sig: string): SigInfo | undefined {
  try {
    const b64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=')
    const bytes = new Uint8Array(Taro.base64ToArrayBuffer(b64))
    const doc = JSON.parse(strFromU8(unzlibSync(bytes)))
    const info = { identifier: String(doc['TLS.identifier']), sdkAppId: Number(doc['TLS.sdkappid']), time: Number(doc['TLS.time']), expire: Number(doc['TLS.expire']) }
    return Number.isFinite(info.time) && Number.isFinite(info.expire) ? info : undefined
  } catch {
    return undefined
  }
}

/** True when the sig decodes and its lifetime is over (with a margin for clock skew and the login round trip). */
export function isSigExpired(sig: string, nowSeconds = Date.now() / 1000, marginSeconds = 60): boolean {
  const info = decodeUserSig(sig)
  return !!info && info.time + info.expire < nowSeconds + marginSeconds
}

export interface FreshCredentials {
  userID: string
  userSig: string
  SDKAppID?: number
  expireAt?: number
}

export type CredentialSource = (userID: string) => Promise<FreshCredentials>

/** `refused`: the source answered with an error of its own; `unavailable`: it cannot work on this platform or setting. */
export type CredentialErrorReason = 'network' | 'http' | 'badResponse' | 'mismatch' | 'refused' | 'unavailable'

export class CredentialError extends Error {
  constructor(
    readonly reason: CredentialErrorReason,
    message: string
  ) {
    super(message)
    this.name = 'CredentialError'
  }
}

export interface HttpSourceOptions {
  timeoutMs?: number
  SDKAppID?: number
  /**
   * Proof of who is asking (your session token, a wx.login code …), sent as request headers. A production
   * endpoint must issue a sig only for the user of an authenticated session — never for any ?userID=.
   */
  headers?: () => Record<string, string> | Promise<Record<string, string>>
}

/** GET `${url}?userID=…` → { SDKAppID, userID, userSig, expireAt? } through Taro.request, with a timeout. */
export function httpCredentialSource(url: string, options: HttpSourceOptions = {}): CredentialSource {
  return async (userID) => {
    let res: Taro.request.SuccessCallbackResult<string | Record<string, unknown>>
    try {
      const header = options.headers ? await options.headers() : undefined
      res = await Taro.request({ url: `${url}${url.includes('?') ? '&' : '?'}userID=${encodeURIComponent(userID)}`, method: 'GET', header, timeout: options.timeoutMs ?? 8000, dataType: 'json' })
    } catch (err) {
      throw new CredentialError('network', `userSig endpoint unreachable: ${(err as { errMsg?: string })?.errMsg || String(err)}`)
    }
    if (res.statusCode < 200 || res.statusCode >= 300) throw new CredentialError('http', `userSig endpoint answered HTTP ${res.statusCode}`)
    return checkAnswer(typeof res.data === 'string' ? safeJson(res.data) : res.data, userID, options.SDKAppID, 'userSig endpoint')
  }
}

/** A source's answer → the credentials, if it carries a sig for this userID (and SDKAppID, when both are known). */
export function checkAnswer(answer: unknown, userID: string, SDKAppID: number | undefined, who: string): FreshCredentials {
  const body = answer as Partial<FreshCredentials> | undefined
  if (!body || typeof body.userSig !== 'string' || !body.userSig) throw new CredentialError('badResponse', `${who} answered without a userSig`)
  if (body.userID !== undefined && body.userID !== userID) throw new CredentialError('mismatch', `${who} answered for another userID`)
  if (SDKAppID !== undefined && body.SDKAppID !== undefined && Number(body.SDKAppID) !== SDKAppID) {
    throw new CredentialError('mismatch', `${who} answered for another SDKAppID`)
  }
  return { userID, userSig: body.userSig, SDKAppID: body.SDKAppID, expireAt: body.expireAt }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
