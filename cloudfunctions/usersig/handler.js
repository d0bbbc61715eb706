// userSig for the WeChat user who calls. WeChat injects the caller's OPENID into the function's context (the
// mini-program cannot forge it), so the Chat userID comes from there — never from the request — and nobody can
// mint a sig for someone else's userID to read their support history.
// Pure logic with its dependencies passed in, so it is unit-tested in Node without WeChat's cloud (index.js wires it).
'use strict'
const crypto = require('crypto')

/** Tencent Chat userID rules (the chat's launch validation enforces the same): 1–32 of letters, digits, _ - @ . */
const USER_ID = /^[A-Za-z0-9_\-@.]{1,32}$/
const PREFIX = /^[A-Za-z0-9_\-@]{0,12}$/
const DEFAULT_PREFIX = 'wx_'
const DEFAULT_EXPIRE_SECONDS = 24 * 3600

/**
 * The Chat userID of an OPENID: prefix + OPENID (an OPENID is 28 characters of letters, digits, _ and -, so
 * `wx_` + it fits in 32). An OPENID that would not fit is replaced by a SHA-256 digest after a `.` — a character
 * no OPENID has, so the two forms can never name the same user.
 */
function chatUserID(openid, prefix = DEFAULT_PREFIX) {
  const direct = prefix + openid
  if (USER_ID.test(direct)) return direct
  return `${prefix}.${crypto.createHash('sha256').update(openid).digest('hex')}`.slice(0, 32)
}

/** Settings from the function's environment variables; `missing` names what is absent or invalid (never a value). */
function readConfig(env) {
  const missing = []
  const sdkAppId = Number(env.SDKAPPID)
  if (!env.SDKAPPID || !Number.isSafeInteger(sdkAppId) || sdkAppId <= 0) missing.push('SDKAPPID')
  if (!env.SECRETKEY || env.SECRETKEY.length < 16) missing.push('SECRETKEY')
  const expire = env.EXPIRE_SECONDS ? Number(env.EXPIRE_SECONDS) : DEFAULT_EXPIRE_SECONDS
  if (!Number.isSafeInteger(expire) || expire < 300) missing.push('EXPIRE_SECONDS')
  const prefix = env.USERID_PREFIX === undefined ? DEFAULT_PREFIX : env.USERID_PREFIX
  if (!PREFIX.test(prefix)) missing.push('USERID_PREFIX')
  return { missing, sdkAppId, secretKey: env.SECRETKEY, expire, prefix }
}

const refuse = (error, message, extra) => ({ error, message, ...extra })

/**
 * `deps`: getWXContext (wx-server-sdk's), Api (tls-sig-api-v2's), env (process.env), now (ms), log.
 * Answers { SDKAppID, userID, userSig, expireAt } — the shape of server/usersig-server.mjs — or { error, message }.
 */
function createHandler(deps) {
  const { getWXContext, Api, env = process.env, now = Date.now, log = console.log } = deps
  return async function main(event) {
    const config = readConfig(env)
    if (config.missing.length) {
      log(`[usersig] not configured: ${config.missing.join(', ')}`)
      return refuse('not_configured', `set ${config.missing.join(', ')} in this function's environment variables (云开发控制台 → 云函数 → usersig → 版本与配置 → 环境变量)`)
    }
    const { OPENID } = getWXContext() || {}
    if (typeof OPENID !== 'string' || !OPENID) {
      log('[usersig] refused: no OPENID')
      return refuse('no_openid', 'call this function from the mini-program (wx.cloud.callFunction): WeChat supplies the caller\'s OPENID')
    }
    const userID = chatUserID(OPENID, config.prefix)
    const asked = event && event.userID
    if (asked !== undefined && asked !== null && asked !== '' && asked !== userID) {
      log('[usersig] refused: another userID was asked for')
      // The caller's own userID is no secret to the caller: it tells the host developer what to launch with.
      return refuse('not_your_user', 'a userSig is issued only for the calling WeChat user\'s own userID', { userID })
    }
    const userSig = new Api(config.sdkAppId, config.secretKey).genUserSig(userID, config.expire)
    return { SDKAppID: config.sdkAppId, userID, userSig, expireAt: Math.floor(now() / 1000) + config.expire }
  }
}

module.exports = { createHandler, chatUserID, readConfig, USER_ID }
