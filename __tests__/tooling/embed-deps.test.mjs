// Dependency choice: the chat's imports minus what a Taro React app has, at this repo's ranges, never fighting
// a version the target already pins; package.json keeps its formatting.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO, subpackageFiles } from '../../tools/embed/copy.mjs'
import { editPackageJson, importedPackages, planDependencies } from '../../tools/embed/deps.mjs'
import { EmbedError } from '../../tools/embed/errors.mjs'
import { taroPackage } from '../embed/fake-target.mjs'

const source = { repo: REPO, pkg: JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) }
const needed = importedPackages(subpackageFiles({ root: 'customer-service', lang: 'ts' }))
const targetWith = (extra = {}, react) => {
  const pkg = taroPackage({ extra, react })
  return { deps: { ...pkg.devDependencies, ...pkg.dependencies } }
}

describe('embed: dependencies', () => {
  test("the chat's imports are found in its sources (TS and the JS copy alike)", () => {
    for (const name of ['@tencentcloud/lite-chat', 'zustand', '@tarojs/taro', 'react']) assert.ok(needed.includes(name), name)
    assert.deepEqual(importedPackages(subpackageFiles({ root: 'x', lang: 'js' })), needed)
  })

  test('a blank Taro React app gets every non-Taro package at the ranges this repo tests', () => {
    const { add, kept } = planDependencies(targetWith(), needed, source)
    const expected = Object.fromEntries(needed.filter((n) => !/^(react|react-dom|@tarojs\/.+)$/.test(n)).map((n) => [n, source.pkg.dependencies[n]]))
    assert.deepEqual(add, expected)
    assert.ok(add['@tencentcloud/lite-chat'] && add.zustand)
    assert.deepEqual(kept, [])
  })

  test("a compatible version the target already declares is kept and reported, not changed", () => {
    const { add, kept } = planDependencies(targetWith({ zustand: '^5.0.0' }), needed, source)
    assert.equal(add.zustand, undefined)
    assert.deepEqual(kept, ['zustand@^5.0.0'])
  })

  test('an incompatible version the target declares is refused with both ranges', () => {
    assert.throws(() => planDependencies(targetWith({ zustand: '^4.5.0' }), needed, source), (err) => err instanceof EmbedError && /zustand@\^4\.5\.0.*zustand@\^5/.test(err.message))
  })

  test("a package's React peer range is checked against the target's React", () => {
    // @khanacademy/simple-markdown wants react ^18.2.0: a target pinned to 18.1 cannot satisfy it.
    assert.throws(() => planDependencies(targetWith({}, '18.1.0'), needed, source), /simple-markdown.*needs react@\^18\.2\.0; the target has react@18\.1\.0/)
  })

  test('an import this repo does not declare is a bug here, reported as such', () => {
    assert.throws(() => planDependencies(targetWith(), ['left-pad'], source), /not a dependency of this repository/)
  })

  test('package.json keeps its indentation, key order and final newline; sorted dependencies stay sorted', () => {
    const text = '{\n\t"name": "host",\n\t"dependencies": {\n\t\t"@tarojs/taro": "4.2.1",\n\t\t"react": "^18.0.0"\n\t},\n\t"scripts": {}\n}\n'
    const out = editPackageJson(text, { zustand: '^5.0.8', '@tencentcloud/lite-chat': '4.2.1' })
    assert.equal(out, '{\n\t"name": "host",\n\t"dependencies": {\n\t\t"@tarojs/taro": "4.2.1",\n\t\t"@tencentcloud/lite-chat": "4.2.1",\n\t\t"react": "^18.0.0",\n\t\t"zustand": "^5.0.8"\n\t},\n\t"scripts": {}\n}\n')
    const unsorted = '{\n    "dependencies": {\n        "react": "^18.0.0",\n        "@tarojs/taro": "4.2.1"\n    }\n}'
    assert.equal(editPackageJson(unsorted, { fflate: '^0.8.3' }), '{\n    "dependencies": {\n        "react": "^18.0.0",\n        "@tarojs/taro": "4.2.1",\n        "fflate": "^0.8.3"\n    }\n}')
  })

  test('a CRLF package.json stays CRLF: only the added lines differ', () => {
    const text = '{\r\n  "name": "host",\r\n  "dependencies": {\r\n    "react": "^18.0.0"\r\n  }\r\n}\r\n'
    const out = editPackageJson(text, { zustand: '^5.0.8' })
    assert.equal(out, '{\r\n  "name": "host",\r\n  "dependencies": {\r\n    "react": "^18.0.0",\r\n    "zustand": "^5.0.8"\r\n  }\r\n}\r\n')
  })
})
