// End to end: `taro init` a fresh app offline, embed the chat with the CLI, install the app's own dependencies,
// build it for weapp, then hold its dist to the checks this repo's own build passes (static validation, Node boot:
// tap the host's entry → navigateTo the chat page declared in app.json → the demo desk's welcome renders).
// Targets are built one after the other (the machine's two cores are shared).
import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { measureDist } from '../../tools/size-lib.mjs'
import { createMiniRuntime } from '../../tools/weapp/mini-runtime.mjs'
import { createRenderer, tap } from '../../tools/weapp/render.mjs'
import { runStaticChecks } from '../../tools/weapp/static-check.mjs'
import { openUrl, waitForText } from '../weapp/helpers.mjs'
import { embed } from './fake-target.mjs'
import { git, makeTarget, ROOT, seedNodeModules } from './make-target.mjs'

const ART = path.join(ROOT, '.artifacts')
const ENTRY = '联系客服'

const CASES = [
  { lang: 'ts', root: 'customer-service', page: 'src/pages/index/index.tsx', launch: '@/customer-service/launch' },
  { lang: 'js', root: 'support', page: 'src/pages/index/index.jsx', launch: '../../support/launch' }
]

/** The environment of the target's own tools: none of npm's variables from the `npm test` that runs us. */
function targetEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$|NODE_ENV$|TARO_)/.test(k)))
  return { ...env, ...extra }
}

function runLogged(name, cmd, args, cwd, env) {
  try {
    return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 })
  } catch (err) {
    mkdirSync(ART, { recursive: true })
    writeFileSync(path.join(ART, `${name}.log`), `${err.stdout}\n${err.stderr}`)
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (log: .artifacts/${name}.log): ${String(err.stderr).slice(-800)}`)
  }
}

/** Every file under `dir`. */
const walkFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))

/** The host's entry, written as the CLI's next steps tell the developer to. */
const hostPage = (launch) => `import { View, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { buildServiceUrl } from '${launch}'

export default function Index () {
  return (
    <View className='index'>
      <Button onClick={() => Taro.navigateTo({ url: buildServiceUrl({ nickName: '访客' }) })}>${ENTRY}</Button>
    </View>
  )
}
`

for (const c of CASES) {
  describe(`embed into a fresh taro init ${c.lang === 'ts' ? 'TypeScript' : 'JavaScript'} app, root "${c.root}"`, () => {
    let target
    let dist
    before(() => {
      target = makeTarget(c.lang)
      dist = path.join(target.dir, 'dist')
    })
    after(() => target?.cleanup())

    test('the CLI embeds, and a second run changes nothing', () => {
      const first = embed('--target', target.dir, '--root', c.root)
      assert.equal(first.code, 0, first.err)
      assert.match(first.out, /Done\./)
      assert.match(first.out, new RegExp(`import \\{ buildServiceUrl \\} from '${c.launch.replace(/\./g, '\\.')}'`))
      const changed = git(target.dir, 'status', '--porcelain')
      const second = embed('--target', target.dir, '--root', c.root)
      assert.equal(second.code, 0, second.err)
      assert.match(second.out, /Already embedded: nothing to change\./)
      assert.equal(git(target.dir, 'status', '--porcelain'), changed)
      assert.equal(git(target.dir, 'diff').length > 0, true)
    })

    test("the target's own package.json installs (npm ls: nothing missing or invalid) and it builds for weapp", { timeout: 300_000 }, () => {
      writeFileSync(path.join(target.dir, c.page), hostPage(c.launch))
      seedNodeModules(target.dir)
      runLogged(`embed-${c.lang}-install`, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], target.dir, targetEnv())
      runLogged(`embed-${c.lang}-npm-ls`, 'npm', ['ls', '--depth=0'], target.dir, targetEnv())
      runLogged(`embed-${c.lang}-build`, path.join(target.dir, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], target.dir, targetEnv({ NODE_ENV: 'production' }))
      const { packages } = measureDist(dist)
      const sizes = Object.fromEntries(Object.entries(packages).map(([k, p]) => [k, p.bytes]))
      mkdirSync(ART, { recursive: true })
      writeFileSync(path.join(ART, `embed-${c.lang}-sizes.json`), JSON.stringify(sizes, null, 2))
      console.log(`embed ${c.lang} weapp package bytes: ${JSON.stringify(sizes)}`)
      assert.ok(packages[c.root]?.bytes > 0, `no ${c.root} subpackage in the build`)
    })

    test('only the default language packs ship (the embed set the host\'s language constants): no Thai or Korean text in the build', () => {
      assert.match(readFileSync(path.join(target.dir, 'config', `index.${c.lang}`), 'utf8'), /env: \{ \.\.\.chatLanguageEnv\(\) \}/)
      const hits = walkFiles(dist).filter((f) => /\.(js|json|wxml)$/.test(f)).flatMap((f) => {
        const m = /[\u0E00-\u0E7F\uAC00-\uD7AF]+/.exec(readFileSync(f, 'utf8'))
        return m ? [`${path.relative(dist, f)}: ${m[0]}`] : []
      })
      assert.deepEqual(hits, [])
    })

    test('the build passes the static validation of this repository', () => {
      const failed = runStaticChecks(dist).filter((r) => !r.ok)
      assert.deepEqual(failed, [], failed.map((r) => `${r.name}: ${r.problems.join('; ')}`).join('\n'))
      const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
      assert.deepEqual(app.subPackages.find((s) => s.root === c.root)?.pages, ['pages/chat/index', 'pages/webview/index'])
      assert.deepEqual(app.preloadRule['pages/index/index'], { network: 'all', packages: [c.root] })
    })

    test("Node boot: the host's entry opens the chat page and the demo desk's welcome renders", async (t) => {
      const errors = []
      const rt = createMiniRuntime(dist, { onConsole: (level, args) => level === 'error' && errors.push(args.map(String).join(' ')) })
      const renderer = createRenderer(dist)
      // Stops whatever timers the pages left when the test is done, pass or fail.
      t.after(() => rt.dispose())
      await rt.launch()
      const host = await rt.openPage('pages/index/index')
      const [entry] = renderer.renderPage('pages/index/index', host.data).byText(ENTRY)
      assert.ok(entry, `${ENTRY} not rendered on the host page`)
      tap(host, entry)
      await rt.flush(20)
      const url = rt.records.navigateTo.at(-1)
      assert.ok(url?.startsWith(`/${c.root}/pages/chat/index?`), `navigateTo: ${url}`)
      const { route, page: chat } = await openUrl(rt, url)
      const tree = await waitForText(rt, renderer, chat, route, '猜你想问')
      assert.ok(tree.byText('发送').length, 'composer rendered')
      await rt.closePage(chat)
      assert.deepEqual(errors, [])
    })
  })
}
