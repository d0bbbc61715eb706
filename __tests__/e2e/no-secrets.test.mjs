// Secrets never ship: no built file (weapp or H5) carries a SECRETKEY.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from '../../tools/weapp/render.mjs'
import { ROOT } from './harness.mjs'

const TEST_SECRET = 'test-secret-0b7f3c1d9e2a4f6b8c0d'

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
      if (process.env.SECRETKEY) assert.ok(!text.includes(process.env.SECRETKEY), `${dir}/${f} contains this machine's SECRETKEY`)
    }
  })
}
