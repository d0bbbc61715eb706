// The steps no script can do for the host: install, open the chat, env keys, WeChat console domains.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

function installCommand(dir) {
  if (existsSync(path.join(dir, 'pnpm-lock.yaml'))) return 'pnpm install'
  if (existsSync(path.join(dir, 'yarn.lock'))) return 'yarn'
  return 'npm install'
}

/** '@/<root>/launch/build' when the target maps @/* to src/*, else the path from the default home page. */
function launchImport(dir, root) {
  for (const file of ['tsconfig.json', 'jsconfig.json']) {
    const f = path.join(dir, file)
    if (existsSync(f) && /"@\/\*"\s*:\s*\[\s*"\.?\/?src\/\*"/.test(readFileSync(f, 'utf8'))) return { spec: `@/${root}/launch/build`, alias: true }
  }
  return { spec: `../../${root}/launch/build`, alias: false }
}

export function manualSteps(plan) {
  const { target, root } = plan
  const imp = launchImport(target.dir, root)
  const steps = []
  if (plan.installNeeded) steps.push(`Install the added dependencies: cd ${target.dir} && ${installCommand(target.dir)}`)
  steps.push(
    [
      // launch/build only: the launch/ index also re-exports the full validation, ≈ 20 KB more in the main package.
      `Open the chat from a main-package page with a launcher button (import only ${root}/launch/build there: the chat's validation, UI and IM SDK stay in the subpackage):`,
      `    import { Button } from '@tarojs/components'`,
      `    import Taro from '@tarojs/taro'`,
      `    import { buildServiceUrl } from '${imp.spec}'${imp.alias ? '' : '   // path from src/pages/index/index'}`,
      `    <Button onClick={() => Taro.navigateTo({ url: buildServiceUrl({ nickName: '访客' }) })}>联系客服</Button>`,
      `  With your Desk account: buildServiceUrl({ SDKAppID, userID, userSig, nickName }); without an SDKAppID it opens the demo desk.`,
      imp.alias
        ? null
        : `  or add an alias to config/index: alias: { '@': path.resolve(__dirname, '..', 'src') } and import '@/${root}/launch/build'.`
    ].filter(Boolean).join('\n')
  )
  steps.push(
    'userSig comes from your server. Either pass it in the URL, or set TARO_APP_USERSIG_URL=https://…/usersig in the ' +
      ".env.production / .env.development files (the chat GETs ?userID= → { SDKAppID, userID, userSig, expireAt? }). Never ship SECRETKEY."
  )
  steps.push(
    `Language packs: the chat's build carries zh and en. For more, build with TARO_APP_LANGUAGES=zh,en,th (codes: zh-TW ja ko ms id vi th ru fil, or all) ` +
      `in the environment or in .env.production; config/chat-languages.${plan.configExt || 'ts'} turns it into the constants config/index puts in env.`
  )
  steps.push(
    'WeChat console → 开发管理 → 开发设置 → 服务器域名: socket wss://wss.im.qcloud.com, wss://wss.tim.qq.com; request ' +
      'https://web.sdk.qcloud.com, https://webim.tim.qq.com, https://api.im.qcloud.com, https://events.im.qcloud.com and your ' +
      'userSig endpoint; uploadFile/downloadFile the COS hosts of your region (see docs/release-checklist.md in the template).'
  )
  steps.push(`业务域名: add the domains of any http(s) links your toolbar buttons or cards open (they load in /${root}/pages/webview/index).`)
  return [...plan.manual, ...steps]
}
