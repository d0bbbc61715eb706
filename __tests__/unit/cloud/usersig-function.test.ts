// The `usersig` cloud function (cloudfunctions/usersig) in Node with a simulated WeChat context: it signs only for
// the caller's OPENID, refuses any other userID and callers without one, and never lets the secret out.
import { inflateSync } from 'zlib'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { createHandler, chatUserID } = require('../../../cloudfunctions/usersig/handler.js')
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')

const SECRET = 'cloud-test-secret-0123456789abcdef'
// A WeChat OPENID: 28 characters of letters, digits, _ and -.
const OPENID = 'oAbC_d-1234567890efghIJKLmno'
const ENV = { SDKAPPID: '1400000002', SECRETKEY: SECRET }

/** The sig's signed document (base64url-ish of zlib-deflated JSON). */
function decode(sig: string) {
  const b64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=')
  return JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8'))
}

function setup(context: Record<string, unknown> | undefined, env: Record<string, string | undefined> = ENV) {
  const log = jest.fn()
  const main = createHandler({ getWXContext: () => context, Api, env, now: () => 1_700_000_000_000, log })
  return { main, log }
}

const leaks = (value: unknown, log: jest.Mock) => JSON.stringify(value).includes(SECRET) || JSON.stringify(log.mock.calls).includes(SECRET)

describe('usersig cloud function', () => {
  it('signs for the caller\'s OPENID, in the shape of the development endpoint', async () => {
    const { main, log } = setup({ OPENID, APPID: 'wx123' })
    const res = await main({})
    expect(res).toEqual({ SDKAppID: 1400000002, userID: `wx_${OPENID}`, userSig: expect.any(String), expireAt: 1_700_000_000 + 86400 })
    const doc = decode(res.userSig)
    expect(doc).toMatchObject({ 'TLS.identifier': `wx_${OPENID}`, 'TLS.sdkappid': 1400000002, 'TLS.expire': 86400 })
    // The signature is the one Tencent's library computes with the secret for that identifier and time.
    expect(doc['TLS.sig']).toBe(new Api(1400000002, SECRET)._hmacsha256(`wx_${OPENID}`, doc['TLS.time'], 86400, null))
    expect(leaks(res, log)).toBe(false)
    expect(JSON.stringify(log.mock.calls)).not.toContain(res.userSig)
  })

  it('accepts the caller\'s own userID in the request', async () => {
    const res = await setup({ OPENID }).main({ userID: `wx_${OPENID}` })
    expect(decode(res.userSig)['TLS.identifier']).toBe(`wx_${OPENID}`)
  })

  it('refuses a request for another userID, without a sig', async () => {
    const { main, log } = setup({ OPENID })
    const res = await main({ userID: 'wx_oSomeoneElse' })
    expect(res).toEqual({ error: 'not_your_user', message: expect.any(String), userID: `wx_${OPENID}` })
    expect(res.userSig).toBeUndefined()
    expect(leaks(res, log)).toBe(false)
  })

  it('refuses a caller without an OPENID (not called from the mini-program)', async () => {
    for (const ctx of [undefined, {}, { OPENID: '' }]) {
      const res = await setup(ctx).main({ userID: 'anyone' })
      expect(res).toMatchObject({ error: 'no_openid' })
      expect(res.userSig).toBeUndefined()
    }
  })

  it('says which environment variable is missing, never echoing a value', async () => {
    const { main, log } = setup({ OPENID }, { SDKAPPID: '1400000002' })
    const res = await main({})
    expect(res).toMatchObject({ error: 'not_configured' })
    expect(res.message).toContain('SECRETKEY')
    expect(res.userSig).toBeUndefined()
    const short = setup({ OPENID }, { SDKAPPID: 'abc', SECRETKEY: 'short-secret' })
    const res2 = await short.main({})
    expect(res2.message).toMatch(/SDKAPPID, SECRETKEY/)
    expect(JSON.stringify([res2, short.log.mock.calls])).not.toContain('short-secret')
    expect(leaks(res, log)).toBe(false)
  })

  it('maps every OPENID to a valid Chat userID (≤ 32 of letters, digits, _ - @ .), distinct per OPENID', () => {
    const valid = /^[A-Za-z0-9_\-@.]{1,32}$/
    const long = 'o'.repeat(40)
    const odd = 'o+/=abc'
    for (const id of [OPENID, long, odd]) expect(chatUserID(id)).toMatch(valid)
    expect(chatUserID(long)).not.toBe(chatUserID(`${long}x`))
    expect(chatUserID(long).startsWith('wx_.')).toBe(true)
    expect(chatUserID(OPENID, 'cs_')).toBe(`cs_${OPENID}`)
    // A prefix too long for a 28-character OPENID: the digest form, still valid.
    expect(chatUserID(OPENID, 'shop-')).toMatch(/^shop-\.[0-9a-f]{26}$/)
  })

  it('honours EXPIRE_SECONDS and USERID_PREFIX from the environment', async () => {
    const res = await setup({ OPENID }, { ...ENV, EXPIRE_SECONDS: '3600', USERID_PREFIX: 'a_' }).main({})
    expect(res).toMatchObject({ userID: `a_${OPENID}`, expireAt: 1_700_000_000 + 3600 })
    expect(decode(res.userSig)['TLS.expire']).toBe(3600)
    expect(await setup({ OPENID }, { ...ENV, USERID_PREFIX: 'bad prefix!' }).main({})).toMatchObject({ error: 'not_configured' })
  })

  it('wires wx-server-sdk\'s context in index.js (the deployed entry)', async () => {
    const getWXContext = jest.fn(() => ({ OPENID }))
    const init = jest.fn()
    jest.doMock('wx-server-sdk', () => ({ init, getWXContext, DYNAMIC_CURRENT_ENV: Symbol('env') }), { virtual: true })
    const saved = { ...process.env }
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    Object.assign(process.env, ENV)
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { main } = require('../../../cloudfunctions/usersig/index.js')
      const res = await main({ userID: `wx_${OPENID}` })
      expect(init).toHaveBeenCalledTimes(1)
      expect(decode(res.userSig)['TLS.identifier']).toBe(`wx_${OPENID}`)
      expect(await main({ userID: 'wx_other' })).toMatchObject({ error: 'not_your_user' })
      expect(JSON.stringify(log.mock.calls)).not.toContain(SECRET)
    } finally {
      process.env = saved
      log.mockRestore()
    }
  })
})
