// Secrets never ship: no built file (weapp dist/ or H5 dist-h5/) carries a SECRETKEY or a userSig.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from '../../tools/weapp/render.mjs'
import { ROOT } from './harness.mjs'

const TEST_SECRET = 'test-secret-0b7f3c1d9e2a4f6b8c0d'
const SECRET_KEY_SHAPE = /(^|[^0-9A-Za-z])[0-9a-f]{64}([^0-9A-Za-z]|$)/
const USERSIG_SHAPE = /eJ[wxyz][A-Za-z0-9*_-]{100,}/

for (const dir of ['dist', 'dist-h5']) {
  test(`${dir}/ holds no SECRETKEY`, () => {
    const root = path.join(ROOT, dir)
    assert.ok(existsSync(root), `${dir} was not built`)
    const files = listFiles(root, '')
    assert.ok(files.length > 0)
    for (const f of files) {
      const text = readFileSync(path.join(root, f), 'latin1')
      assert.ok(!text.includes(TEST_SECRET), `${dir}/${f} contains the test SECRETKEY`)
      assert.ok(!/SECRETKEY\s*=/.test(text), `${dir}/${f} contains "SECRETKEY="`)
      // The shapes of the secrets themselves: an SDK SecretKey is 64 lowercase hex digits; a userSig is
      // base64 of zlib data ("eJ…", with Tencent's *-_ alphabet), a few hundred characters long.
      assert.ok(!SECRET_KEY_SHAPE.test(text), `${dir}/${f} contains a 64-hex-digit string (SecretKey-like)`)
      assert.ok(!USERSIG_SHAPE.test(text), `${dir}/${f} contains a userSig-like string`)
      if (process.env.SECRETKEY) assert.ok(!text.includes(process.env.SECRETKEY), `${dir}/${f} contains this machine's SECRETKEY`)
    }
  })
}
