// The size checker itself: it must flag the SDK or the store in the main package, by module.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkBudgets, DEFAULT_BUDGETS, forbiddenInMain, packageOf } from '../../tools/size-lib.mjs'

const measure = (main, sub) => ({
  roots: ['customer-service'],
  packages: { main: { bytes: main, files: [] }, 'customer-service': { bytes: sub, files: [] } }
})

test('files are attributed to the package whose root contains them', () => {
  assert.equal(packageOf('customer-service/sub-vendors.js', ['customer-service']), 'customer-service')
  assert.equal(packageOf('customer-service-x/a.js', ['customer-service']), 'main')
  assert.equal(packageOf('vendors.js', ['customer-service']), 'main')
})

test('zustand or the IM SDK in a main-package file fails the check even when sizes are fine', () => {
  const report = {
    files: {
      'vendors.js': ['node_modules/zustand/esm/vanilla.mjs', 'node_modules/react/index.js'],
      'app.js': ['node_modules/@tencentcloud/lite-chat/basic.js'],
      'customer-service/sub-vendors.js': ['node_modules/zustand/esm/vanilla.mjs']
    }
  }
  const hits = forbiddenInMain(report, ['customer-service'])
  assert.deepEqual(hits.map((h) => h.file).sort(), ['app.js', 'vendors.js'])
  const checks = checkBudgets(measure(1000, 1000), report)
  assert.equal(checks.filter((c) => !c.ok).length, 1)
  assert.match(checks.find((c) => !c.ok).detail, /zustand/)
})

test('over-budget packages fail with their figures', () => {
  const checks = checkBudgets(measure(300 * 1024 + 1, DEFAULT_BUDGETS.subpackages['customer-service'] + 1), { files: {} })
  const failed = checks.filter((c) => !c.ok).map((c) => c.name)
  assert.equal(failed.length, 2)
  assert.ok(failed[0].startsWith('main package'))
})

test('a missing module report is a failure, not a pass', () => {
  const checks = checkBudgets(measure(1, 1), null)
  assert.ok(checks.some((c) => !c.ok && c.name === 'module report present'))
})
