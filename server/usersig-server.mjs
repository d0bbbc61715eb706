#!/usr/bin/env node
// Local userSig endpoint for development: GET /usersig?userID=… → { SDKAppID, userID, userSig, expireAt }.
// Development only: it signs any valid userID it is asked for. A production endpoint must take the
// userID from an authenticated session of your own (see httpCredentialSource's `headers`).
// It mints sigs with Tencent's tls-sig-api-v2 from SDKAPPID and SECRETKEY in the environment. The key
// stays on this machine: never put it in the mini-program. Binds 127.0.0.1 only; never logs the key or sigs.
//
//   SDKAPPID=1400000000 SECRETKEY=… npm run usersig-server      (PORT, EXPIRE_SECONDS, ALLOW_ORIGIN optional)
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

/** Tencent Chat userID rules we enforce: 1–32 characters of letters, digits, _ - @ . */
export const USER_ID = /^[A-Za-z0-9_\-@.]{1,32}$/

const DEFAULT_ORIGINS = ['http://127.0.0.1:10086', 'http://localhost:10086']

export function readConfig(env = process.env) {
  const problems = []
  const sdkAppId = Number(env.SDKAPPID)
  if (!env.SDKAPPID || !Number.isSafeInteger(sdkAppId) || sdkAppId <= 0) problems.push('SDKAPPID must be your Chat application ID (a positive number)')
  if (!env.SECRETKEY || env.SECRETKEY.length < 16) problems.push('SECRETKEY must be the application secret key from the Chat console')
  const expire = env.EXPIRE_SECONDS ? Number(env.EXPIRE_SECONDS) : 7 * 24 * 3600
  if (!Number.isSafeInteger(expire) || expire < 60) problems.push('EXPIRE_SECONDS must be a whole number of seconds ≥ 60')
  const origins = env.ALLOW_ORIGIN ? env.ALLOW_ORIGIN.split(',').map((o) => o.trim()) : DEFAULT_ORIGINS
  return { problems, sdkAppId, secretKey: env.SECRETKEY, expire, origins, port: env.PORT === undefined ? 9527 : Number(env.PORT) }
}

export function startUserSigServer(config) {
  const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')
  const api = new Api(config.sdkAppId, config.secretKey)
  const server = createServer((req, res) => {
    const origin = req.headers.origin
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
    if (origin && config.origins.includes(origin)) Object.assign(headers, { 'access-control-allow-origin': origin, vary: 'Origin' })
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not read sigs.
    const port = server.address()?.port
    if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(String(req.headers.host))) {
      res.writeHead(421, headers)
      res.end(JSON.stringify({ error: 'bad_host', message: 'use http://127.0.0.1' }))
      return
    }
    const url = new URL(req.url || '/', 'http://127.0.0.1')
    const reply = (status, body) => {
      res.writeHead(status, headers)
      res.end(JSON.stringify(body))
    }
    if (req.method === 'OPTIONS') return reply(204, {})
    if (req.method !== 'GET' || url.pathname !== '/usersig') return reply(404, { error: 'not_found', message: 'GET /usersig?userID=…' })
    const userID = url.searchParams.get('userID') || ''
    if (!USER_ID.test(userID)) return reply(400, { error: 'bad_user_id', message: 'userID must be 1–32 characters: letters, digits, _ - @ .' })
    const userSig = api.genUserSig(userID, config.expire)
    const expireAt = Math.floor(Date.now() / 1000) + config.expire
    // Log who asked, never the sig.
    console.log(`[usersig] issued for ${userID}, expires ${new Date(expireAt * 1000).toISOString()}`)
    return reply(200, { SDKAppID: config.sdkAppId, userID, userSig, expireAt })
  })
  return new Promise((resolve) => {
    server.listen(config.port, '127.0.0.1', () => resolve(server))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = readConfig()
  if (config.problems.length) {
    console.error(`usersig-server cannot start:\n  - ${config.problems.join('\n  - ')}\nExample: SDKAPPID=1400000000 SECRETKEY=<secret> npm run usersig-server`)
    process.exit(1)
  }
  startUserSigServer(config).then((server) => {
    const { port } = server.address()
    console.log(`[usersig] listening on http://127.0.0.1:${port}/usersig?userID=… (SDKAppID ${config.sdkAppId})`)
  })
}
