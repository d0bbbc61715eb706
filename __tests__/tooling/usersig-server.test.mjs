// The local userSig endpoint: ephemeral port, real sigs that decode right, refusals, no secrets logged.
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { inflateSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { readConfig, startUserSigServer } from '../../server/usersig-server.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const TEST_SECRET = 'test-secret-0b7f3c1d9e2a4f6b8c0d'

function decode(sig) {
  const b64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=')
  return JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8'))
}

describe('usersig-server', () => {
  let server
  let base
  const logs = []
  const realLog = console.log

  before(async () => {
    console.log = (...args) => logs.push(args.join(' '))
    const config = readConfig({ SDKAPPID: '1400000001', SECRETKEY: TEST_SECRET, PORT: '0', EXPIRE_SECONDS: '600' })
    assert.deepEqual(config.problems, [])
    server = await startUserSigServer(config)
    base = `http://127.0.0.1:${server.address().port}`
  })

  after(() => {
    console.log = realLog
    server?.close()
  })

  test('binds 127.0.0.1 only', () => {
    assert.equal(server.address().address, '127.0.0.1')
  })

  test('mints a sig that decodes to the identifier, sdkappid and expiry', async () => {
    const res = await fetch(`${base}/usersig?userID=user_42`, { headers: { origin: 'http://127.0.0.1:10086' } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://127.0.0.1:10086')
    const body = await res.json()
    assert.equal(body.SDKAppID, 1400000001)
    assert.equal(body.userID, 'user_42')
    const doc = decode(body.userSig)
    assert.equal(doc['TLS.identifier'], 'user_42')
    assert.equal(Number(doc['TLS.sdkappid']), 1400000001)
    assert.equal(Number(doc['TLS.expire']), 600)
    assert.ok(Math.abs(Number(doc['TLS.time']) + 600 - body.expireAt) <= 2)
    assert.ok(!logs.join('\n').includes(body.userSig), 'the sig is never logged')
    assert.ok(!logs.join('\n').includes(TEST_SECRET), 'the key is never logged')
  })

  test('refuses requests for another Host name (DNS rebinding)', async () => {
    const { request } = await import('node:http')
    const status = await new Promise((resolve, reject) => {
      const req = request(`${base}/usersig?userID=u1`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume()
        resolve(res.statusCode)
      })
      req.on('error', reject)
      req.end()
    })
    assert.equal(status, 421)
  })

  test('no CORS header for origins it does not know', async () => {
    const res = await fetch(`${base}/usersig?userID=u1`, { headers: { origin: 'https://evil.example' } })
    assert.equal(res.headers.get('access-control-allow-origin'), null)
  })

  test('rejects bad userIDs and other paths', async () => {
    for (const id of ['', 'a b', 'x'.repeat(33), '中文', '<script>']) {
      const res = await fetch(`${base}/usersig?userID=${encodeURIComponent(id)}`)
      assert.equal(res.status, 400, `userID ${JSON.stringify(id)} was accepted`)
      assert.equal((await res.json()).error, 'bad_user_id')
    }
    assert.equal((await fetch(`${base}/other`)).status, 404)
  })

  test('refuses to start without SDKAPPID and SECRETKEY, with a clear message', () => {
    const env = { ...process.env }
    delete env.SDKAPPID
    delete env.SECRETKEY
    const res = spawnSync(process.execPath, [path.join(ROOT, 'server', 'usersig-server.mjs')], { env, encoding: 'utf8', timeout: 10000 })
    assert.equal(res.status, 1)
    assert.match(res.stderr, /SDKAPPID must be/)
    assert.match(res.stderr, /SECRETKEY must be/)
  })
})
