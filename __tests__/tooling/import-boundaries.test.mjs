// The lint rules that keep the architecture honest: prove they reject what they are meant to.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { ESLint } = createRequire(import.meta.url)('eslint')
const eslint = new ESLint({ cwd: ROOT })

async function messagesFor(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

test('host pages may import the launch contract', async () => {
  assert.deepEqual(await messagesFor('src/pages/index/x.ts', "import { CHAT_PAGE_PATH } from '../../customer-service/launch/paths'\nexport const p = CHAT_PAGE_PATH\n"), [])
})

test('host pages may not import the chat store, the SDK or zustand', async () => {
  for (const spec of ['../../customer-service/store/chat-store', 'zustand', '@tencentcloud/lite-chat/basic']) {
    const msgs = await messagesFor('src/pages/index/x.ts', `import * as m from '${spec}'\nexport const x = m\n`)
    assert.equal(msgs.length, 1, `${spec} was not rejected`)
  }
})

test('only the Tencent adapter may import the IM SDK', async () => {
  const code = "import TencentCloudChat from '@tencentcloud/lite-chat/basic'\nexport const c = TencentCloudChat\n"
  assert.equal((await messagesFor('src/customer-service/store/x.ts', code)).length, 1)
  assert.deepEqual(await messagesFor('src/customer-service/im/tencent/adapter.ts', code), [])
})
