// The embed CLI on small fake targets: refusals (one message, exit 1, nothing written), idempotence, dry run,
// custom root and JavaScript targets.
import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from '@babel/parser'
import { REPO } from '../../tools/embed/copy.mjs'
import { APP_CONFIG, embed, evalAppConfig, fakeTarget, snapshot, taroPackage } from '../embed/fake-target.mjs'
import { git } from '../embed/make-target.mjs'

/** Runs `fn(target)` on a fresh fake target and removes it afterwards. */
function withTarget(options, fn) {
  const target = fakeTarget(options)
  try {
    return fn(target.dir)
  } finally {
    target.cleanup()
  }
}

function assertRefused(dir, args, message) {
  const before = existsSync(dir) ? snapshot(dir) : null
  const res = embed('--target', dir, ...args)
  assert.equal(res.code, 1, res.out + res.err)
  assert.equal(res.err.split('\n').length, 1, `one message: ${res.err}`)
  assert.match(res.err, /^embed refused: /)
  assert.match(res.err, message)
  if (before) assert.deepEqual(snapshot(dir), before, 'nothing written')
}

describe('embed CLI: refusals', () => {
  const cases = {
    'no package.json': [{ files: { 'package.json': null } }, [], /no package\.json: not a Taro React project/],
    'not a Taro project': [{ files: { 'package.json': { dependencies: { react: '^18.3.1' } } } }, [], /does not depend on @tarojs\/taro/],
    'a Taro Vue project': [{ files: { 'package.json': { dependencies: { '@tarojs/taro': '4.2.1', '@tarojs/plugin-framework-vue3': '4.2.1', vue: '^3.4.0' } } } }, [], /not a Taro React project/],
    'Taro 3': [{ files: { 'package.json': taroPackage({ taro: '3.6.34' }) } }, [], /Taro 3\.6\.34: the chat needs Taro 4/],
    'React 19': [{ files: { 'package.json': taroPackage({ react: '^19.0.0' }) } }, [], /React 19\.0\.0: .*crashes.*Use react and react-dom \^18\.3\.1/],
    'React 17': [{ files: { 'package.json': taroPackage({ react: '^17.0.2' }) } }, [], /needs React 18/],
    'no app config': [{ files: { 'src/app.config.ts': null } }, [], /no src\/app\.config\.ts or src\/app\.config\.js/],
    'a different subpackage at the root': [{ files: { 'src/customer-service/index.ts': 'export {}\n' } }, [], /src\/customer-service already exists with different content \(index\.ts is not part of the chat; .*is missing/],
    'a file where the subpackage folder goes': [{ files: { 'src/customer-service': 'notes\n' } }, [], /src\/customer-service exists and is a file, not a folder\. Remove it or choose another --root/],
    'an invalid root name': [{}, ['--root', '../up'], /--root "\.\.\/up" is not a valid subpackage folder name/],
    'a main page inside the root': [{ files: { 'src/app.config.ts': "export default defineAppConfig({ pages: ['help/index'] })\n" } }, ['--root', 'help'], /main-package page "help\/index" lies inside the root "help"/]
  }
  for (const [name, [options, args, message]] of Object.entries(cases)) {
    test(name, () => withTarget(options, (dir) => assertRefused(dir, args, message)))
  }

  test('a target that does not exist', () => assertRefused(path.join(REPO, '.artifacts', 'no-such-app'), [], /does not exist/))

  test('uncommitted changes, unless --force', () =>
    withTarget({}, (dir) => {
      writeFileSync(path.join(dir, 'notes.txt'), 'wip\n')
      assertRefused(dir, [], /uncommitted changes \(\?\? notes\.txt\)\. Commit or stash them, or pass --force/)
      const forced = embed('--target', dir, '--force')
      assert.equal(forced.code, 0, forced.err)
      assert.ok(existsSync(path.join(dir, 'src/customer-service/pages/chat/index.tsx')))
    }))

  test('an embedded chat modified since: refused as such, even with --force', () =>
    withTarget({}, (dir) => {
      assert.equal(embed('--target', dir).code, 0)
      writeFileSync(path.join(dir, 'src/app.config.ts'), APP_CONFIG)
      writeFileSync(path.join(dir, 'src/customer-service/launch/paths.ts'), '// mine\n', { flag: 'a' })
      git(dir, 'add', '-A')
      git(dir, 'commit', '-q', '-m', 'embedded, then changed')
      for (const args of [[], ['--force']]) {
        assertRefused(dir, args, /src\/customer-service is already embedded, but modified: launch\/paths\.ts\. The embed does not overwrite changes/)
      }
    }))

  test('in a monorepo, only changes inside the target count as uncommitted', () =>
    withTarget({ files: { 'apps/mini/package.json': taroPackage(), 'apps/mini/src/app.config.ts': APP_CONFIG, 'apps/mini/tsconfig.json': {} } }, (root) => {
      const dir = path.join(root, 'apps/mini')
      writeFileSync(path.join(root, 'notes.txt'), 'wip\n')
      writeFileSync(path.join(dir, 'src/wip.ts'), 'export {}\n')
      assertRefused(dir, [], /uncommitted changes \(\?\? apps\/mini\/src\/wip\.ts\)\. Commit/)
      rmSync(path.join(dir, 'src/wip.ts'))
      const res = embed('--target', dir)
      assert.equal(res.code, 0, res.err)
      assert.ok(existsSync(path.join(dir, 'src/customer-service/launch/paths.ts')))
    }))

  test('bad arguments exit 2 with the usage', () => {
    const res = embed('--root', 'x')
    assert.equal(res.code, 2)
    assert.match(res.err, /usage: npm run embed -- --target/)
    assert.equal(embed('--target', '.', '--bogus').code, 2)
  })
})

describe('embed CLI: idempotence and dry run', () => {
  test('a second run changes nothing and says so, even before the first is committed', () =>
    withTarget({}, (dir) => {
      const first = embed('--target', dir)
      assert.equal(first.code, 0, first.err)
      const after = snapshot(dir)
      const second = embed('--target', dir)
      assert.equal(second.code, 0, second.err)
      assert.match(second.out, /Already embedded: nothing to change\./)
      assert.doesNotMatch(second.out, /•/)
      assert.deepEqual(snapshot(dir), after)
    }))

  test('a dotfile dropped into the copied folder (.DS_Store) does not block a later run', () =>
    withTarget({}, (dir) => {
      assert.equal(embed('--target', dir).code, 0)
      writeFileSync(path.join(dir, 'src/customer-service/.DS_Store'), 'finder')
      const again = embed('--target', dir)
      assert.equal(again.code, 0, again.err)
      assert.match(again.out, /Already embedded: nothing to change\./)
    }))

  test('a partly embedded target gets only what is missing', () =>
    withTarget({}, (dir) => {
      assert.equal(embed('--target', dir).code, 0)
      writeFileSync(path.join(dir, 'src/app.config.ts'), APP_CONFIG)
      git(dir, 'add', '-A')
      git(dir, 'commit', '-q', '-m', 'embedded, config reverted')
      const res = embed('--target', dir)
      assert.equal(res.code, 0, res.err)
      assert.deepEqual(res.out.split('\n').filter((l) => l.startsWith('  •')), ["  • src/app.config.ts: add subPackages with { root: 'customer-service' }; add preloadRule: 'pages/index/index' preloads 'customer-service'"])
    }))

  test('--dry-run prints the plan and writes nothing (a dirty tree is reported by the real run only)', () =>
    withTarget({}, (dir) => {
      writeFileSync(path.join(dir, 'notes.txt'), 'wip\n')
      const before = snapshot(dir)
      const res = embed('--target', dir, '--dry-run')
      assert.equal(res.code, 0, res.err)
      assert.match(res.out, /• copy the chat subpackage to src\/customer-service\/ \(\d+ files\)/)
      assert.match(res.out, /• package\.json: add .*@tencentcloud\/lite-chat@4\.2\.1/)
      assert.match(res.out, /Dry run: nothing written\./)
      assert.match(res.out, /Still to do by hand:\n1\. Install the added dependencies/)
      assert.deepEqual(snapshot(dir), before)
    }))

  test('a folder that is not a git repository is embedded with a note', () =>
    withTarget({ git: false }, (dir) => {
      const res = embed('--target', dir)
      assert.equal(res.code, 0, res.err)
      assert.match(res.out, /not a git repository/)
    }))
})

describe('embed CLI: what lands in the target', () => {
  test('TypeScript target: the sources as they are, the SDK typings, the @/ import in the next steps', () =>
    withTarget({}, (dir) => {
      const res = embed('--target', dir)
      assert.equal(res.code, 0, res.err)
      const copied = (rel) => readFileSync(path.join(dir, 'src/customer-service', rel), 'utf8')
      assert.equal(copied('launch/build.ts'), readFileSync(path.join(REPO, 'src/customer-service/launch/build.ts'), 'utf8'))
      assert.match(copied('tencent-chat.d.ts'), /declare module '@tencentcloud\/lite-chat\/plugins\/rich-media-message'/)
      assert.deepEqual(evalAppConfig(readFileSync(path.join(dir, 'src/app.config.ts'), 'utf8')).subPackages, [{ root: 'customer-service', pages: ['pages/chat/index', 'pages/webview/index'] }])
      assert.match(res.out, /import \{ buildServiceUrl \} from '@\/customer-service\/launch\/build'/)
      assert.match(res.out, /TARO_APP_USERSIG_URL/)
      assert.match(res.out, /wss:\/\/wss\.im\.qcloud\.com/)
    }))

  test('JavaScript target under another root: .js/.jsx that parse, the root rewritten, a relative import', () =>
    withTarget({ lang: 'js' }, (dir) => {
      const res = embed('--target', dir, '--root', 'support')
      assert.equal(res.code, 0, res.err)
      const files = execFileSync('git', ['ls-files', '--others', '--exclude-standard', 'src/support'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean)
      assert.ok(files.length > 50)
      assert.deepEqual(files.filter((f) => /\.tsx?$/.test(f)), [])
      for (const f of files.filter((x) => /\.jsx?$/.test(x))) parse(readFileSync(path.join(dir, f), 'utf8'), { sourceType: 'module', plugins: ['jsx'] })
      assert.match(readFileSync(path.join(dir, 'src/support/launch/paths.js'), 'utf8'), /export const SUBPACKAGE_ROOT = 'support';/)
      const config = evalAppConfig(readFileSync(path.join(dir, 'src/app.config.js'), 'utf8'))
      assert.deepEqual(config.preloadRule, { 'pages/index/index': { network: 'all', packages: ['support'] } })
      assert.match(res.out, /from '\.\.\/\.\.\/support\/launch\/build'/)
      assert.match(res.out, /JavaScript/)
    }))

  test('`npm run embed` runs the CLI', () =>
    withTarget({}, (dir) => {
      const out = execFileSync('npm', ['run', '--silent', 'embed', '--', '--target', dir, '--dry-run'], { cwd: REPO, encoding: 'utf8' })
      assert.match(out, /Dry run: nothing written\./)
    }))
})
