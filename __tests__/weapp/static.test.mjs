// Static validation of the real weapp build, plus proof that each check catches what it claims to.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { checks, runStaticChecks } from '../../tools/weapp/static-check.mjs'
import { DIST, CHAT_PAGE, copyOfDist } from './helpers.mjs'

describe('weapp build passes static validation', () => {
  for (const result of runStaticChecks(DIST)) {
    test(result.name, () => {
      assert.deepEqual(result.problems, [], result.problems.join('\n'))
    })
  }

  test('app.json declares the customer-service subpackage and preloads it from the host page', () => {
    const app = JSON.parse(readFileSync(path.join(DIST, 'app.json'), 'utf8'))
    assert.deepEqual(app.pages, ['pages/index/index'])
    const sub = app.subPackages.find((s) => s.root === 'customer-service')
    assert.ok(sub, 'customer-service subpackage missing')
    assert.ok(sub.pages.includes('pages/chat/index'))
    assert.deepEqual(app.preloadRule['pages/index/index'], { network: 'all', packages: ['customer-service'] })
    assert.ok(readFileSync(path.join(DIST, `${CHAT_PAGE}.json`), 'utf8').length > 0)
  })
})

describe('static checks catch broken builds', () => {
  test('a broken WXSS file fails wcsc with its file name', () => {
    const copy = copyOfDist()
    try {
      appendFileSync(path.join(copy.dir, `${CHAT_PAGE}.wxss`), '\n.broken { color: red;\n.x { }}}\n')
      const problems = checks['every WXSS compiles with wcsc'](copy.dir)
      assert.equal(problems.length, 1)
      assert.match(problems[0], /customer-service\/pages\/chat\/index\.wxss/)
    } finally {
      copy.cleanup()
    }
  })

  test('a broken WXML template fails wcc', () => {
    const copy = copyOfDist()
    try {
      appendFileSync(path.join(copy.dir, 'pages/index/index.wxml'), '\n<view wx:if="{{a}}"><text></view>\n')
      const problems = checks['every WXML/WXS compiles with wcc'](copy.dir)
      assert.equal(problems.length, 1)
      assert.match(problems[0], /index\.wxml/)
    } finally {
      copy.cleanup()
    }
  })

  test('a page without its template, a bad preloadRule and a dangling component are reported', () => {
    const copy = copyOfDist()
    try {
      rmSync(path.join(copy.dir, `${CHAT_PAGE}.wxml`))
      const appFile = path.join(copy.dir, 'app.json')
      const app = JSON.parse(readFileSync(appFile, 'utf8'))
      app.preloadRule['pages/index/index'].packages = ['customer-servic']
      writeFileSync(appFile, JSON.stringify(app))
      const pageJson = path.join(copy.dir, 'pages/index/index.json')
      writeFileSync(pageJson, JSON.stringify({ usingComponents: { ghost: '../../ghost' } }))
      assert.deepEqual(checks['every page has its .js, .wxml and .json'](copy.dir), [`${CHAT_PAGE}.wxml is missing`])
      assert.match(checks['preloadRule names real pages and packages'](copy.dir).join(), /unknown package "customer-servic"/)
      assert.match(checks['usingComponents resolve'](copy.dir).join(), /ghost/)
    } finally {
      copy.cleanup()
    }
  })

  test('a JS syntax error is reported', () => {
    const copy = copyOfDist()
    try {
      writeFileSync(path.join(copy.dir, `${CHAT_PAGE}.js`), 'function (')
      assert.match(checks['every JS file parses'](copy.dir).join(), /chat\/index\.js/)
    } finally {
      copy.cleanup()
    }
  })
})
