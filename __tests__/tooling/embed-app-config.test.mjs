// app.config editing: only inserted ranges change, in the file's own style; a second edit changes nothing;
// shapes it cannot edit safely are refused with the manual instruction.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { editAppConfig } from '../../tools/embed/app-config.mjs'
import { EmbedError } from '../../tools/embed/errors.mjs'
import { evalAppConfig } from '../embed/fake-target.mjs'

const CHAT = ['pages/chat/index', 'pages/webview/index']

/** Edits, checks the result evaluates to the expected config, and that editing again is a no-op. */
function edit(source, { file = 'src/app.config.ts', root = 'customer-service' } = {}) {
  const res = editAppConfig(source, { file, root })
  const again = editAppConfig(res.text, { file, root })
  assert.equal(again.text, res.text, 'a second edit changes nothing')
  assert.deepEqual(again.changes, [])
  return { ...res, config: evalAppConfig(res.text) }
}

describe('embed: app.config edits', () => {
  test('tabs, double quotes, trailing commas and comments are kept; new properties follow `pages`', () => {
    const source = [
      '// host app',
      'export default defineAppConfig({',
      '\tpages: [',
      '\t\t"pages/index/index", // home',
      '\t\t"pages/me/index",',
      '\t],',
      '\t/* tab bar below */',
      '\ttabBar: { list: [] },',
      '});',
      ''
    ].join('\n')
    const inserted = [
      '\tsubPackages: [',
      '\t\t{',
      '\t\t\troot: "customer-service",',
      '\t\t\tpages: ["pages/chat/index", "pages/webview/index"]',
      '\t\t}',
      '\t],',
      '\tpreloadRule: {',
      '\t\t"pages/index/index": {',
      '\t\t\tnetwork: "all",',
      '\t\t\tpackages: ["customer-service"]',
      '\t\t}',
      '\t},',
      ''
    ].join('\n')
    // The only change: one block inserted above the comment of the property after `pages`.
    assert.equal(edit(source).text, source.replace('\t/* tab bar below */', `${inserted}\t/* tab bar below */`))
  })

  test('a JS config whose last property is `pages` (no trailing comma, comment on its line)', () => {
    const source = "export default {\n    pages: ['pages/home/index'] // only page\n}\n"
    const res = edit(source, { file: 'src/app.config.js', root: 'support' })
    assert.equal(res.text, [
      'export default {',
      "    pages: ['pages/home/index'], // only page",
      '    subPackages: [',
      '        {',
      "            root: 'support',",
      "            pages: ['pages/chat/index', 'pages/webview/index']",
      '        }',
      '    ],',
      '    preloadRule: {',
      "        'pages/home/index': {",
      "            network: 'all',",
      "            packages: ['support']",
      '        }',
      '    }',
      '}',
      ''
    ].join('\n'))
  })

  test('existing subPackages and preloadRule get one more entry each; other entries untouched', () => {
    const source = `const config = {
  pages: ['pages/index/index'],
  subpackages: [
    { root: 'shop', pages: ['pages/list/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'wifi', packages: ['shop'] }
  }
} satisfies Record<string, unknown>
export default config
`
    const res = edit(source)
    assert.deepEqual(res.config.subpackages, [{ root: 'shop', pages: ['pages/list/index'] }, { root: 'customer-service', pages: CHAT }])
    assert.deepEqual(res.config.preloadRule, { 'pages/index/index': { network: 'wifi', packages: ['shop', 'customer-service'] } })
    assert.ok(res.text.includes("    { root: 'shop', pages: ['pages/list/index'] },\n    {\n      root: 'customer-service',"), res.text)
    assert.ok(res.text.includes("packages: ['shop', 'customer-service'] }"), res.text)
  })

  test('a preloadRule for other pages gains the entry page', () => {
    const res = edit("export default defineAppConfig({ pages: ['pages/a/index', 'pages/b/index'], preloadRule: { 'pages/b/index': { packages: ['x'] } }, subPackages: [{ root: 'x', pages: ['p/index'] }] })\n")
    assert.deepEqual(res.config.preloadRule, { 'pages/b/index': { packages: ['x'] }, 'pages/a/index': { network: 'all', packages: ['customer-service'] } })
    assert.deepEqual(res.config.subPackages.map((s) => s.root), ['x', 'customer-service'])
  })

  test('a CRLF file gets CRLF insertions: the same edit as on LF, no mixed line endings', () => {
    const lf = "export default defineAppConfig({\n  pages: [\n    'pages/index/index', // home\n  ],\n  window: {}\n})\n"
    const crlf = lf.replace(/\n/g, '\r\n')
    const res = edit(crlf)
    assert.equal(res.text, edit(lf).text.replace(/\n/g, '\r\n'))
    assert.doesNotMatch(res.text, /[^\r]\n/)
  })

  test('pages opening with a spread: no preloadRule guessed, a manual step instead', () => {
    const res = edit("const base = ['pages/index/index']\nexport default defineAppConfig({ pages: [...base, 'pages/me/index'] })\n")
    assert.deepEqual(res.config.subPackages, [{ root: 'customer-service', pages: CHAT }])
    assert.equal(res.config.preloadRule, undefined)
    assert.deepEqual(res.changes, ["add subPackages with { root: 'customer-service' }"])
    assert.match(res.manual.join('\n'), /first page is not a string literal.*add a preloadRule for "customer-service" to the page that opens the chat/)
  })

  test('already declared: nothing changes', () => {
    const source = "export default defineAppConfig({\n  pages: ['pages/index/index'],\n  subPackages: [{ root: 'customer-service/', pages: ['pages/webview/index', 'pages/chat/index'] }],\n  preloadRule: { 'pages/index/index': { packages: ['customer-service'] } }\n})\n"
    const res = editAppConfig(source, { file: 'src/app.config.ts', root: 'customer-service' })
    assert.equal(res.text, source)
    assert.deepEqual(res.changes, [])
  })

  test('a computed preloadRule is left to the developer with a manual step', () => {
    const res = edit("const rules = {}\nexport default defineAppConfig({ pages: ['pages/index/index'], preloadRule: rules })\n")
    assert.deepEqual(res.config.subPackages, [{ root: 'customer-service', pages: CHAT }])
    assert.match(res.manual.join('\n'), /preloadRule is not an object literal/)
  })

  const refusals = {
    'the root holds other pages': ["export default defineAppConfig({ pages: ['pages/index/index'], subPackages: [{ root: 'customer-service', pages: ['pages/faq/index'] }] })", /already declares a subpackage "customer-service"/],
    'a root overlaps ours': ["export default defineAppConfig({ pages: ['pages/index/index'], subPackages: [{ root: 'customer-service/old', pages: ['a'] }] })", /overlaps/],
    'a main page lies in the root': ["export default defineAppConfig({ pages: ['customer-service/index'] })", /lies inside the root/],
    'subPackages is computed': ["const subs = []\nexport default defineAppConfig({ pages: ['pages/index/index'], subPackages: subs })", /not an array literal; add \{ root: 'customer-service'/],
    'no default export object': ['module.exports = { pages: [] }', /no `export default defineAppConfig/],
    'syntax error': ['export default defineAppConfig({ pages: [ })', /does not parse/]
  }
  for (const [name, [source, message]] of Object.entries(refusals)) {
    test(`refused: ${name}`, () => {
      assert.throws(() => editAppConfig(source, { file: 'src/app.config.ts', root: 'customer-service' }), (err) => err instanceof EmbedError && message.test(err.message))
    })
  }
})
