// buildServiceUrl: typed params → the chat page URL, encoded so every platform hands them back intact.
// Kept small on purpose: hosts import it into the main package. Full validation of every value
// lives in validateLaunchInput (parse.ts), which stays in the subpackage unless a host imports it.
import type { LaunchInput, LaunchIssue, LaunchParams } from './types'
import { CANARY_KEY, CANARY_VALUE, MAX_URL_LENGTH } from './canary'
import { idProblem, sdkAppIdProblem } from './ids'
import { CHAT_PAGE_PATH } from './paths'

export type LaunchUrlErrorCode = 'invalid_params' | 'url_too_long'

/** Thrown by buildServiceUrl when the URL could not start a chat as the host intends. */
export class LaunchUrlError extends Error {
  // Parameter properties, not field declarations: Babel compiles a declared field to a defineProperty helper
  // (≈ 700 B in the host's main package, where this class lives); these become plain assignments.
  constructor(
    readonly code: LaunchUrlErrorCode,
    readonly issues: LaunchIssue[],
    message: string
  ) {
    super(message)
    this.name = 'LaunchUrlError'
  }
}

export interface BuildOptions {
  /** Page path; override only when the subpackage is embedded under another root. */
  path?: string
  /** Longest URL accepted (characters). Default 4096. */
  maxLength?: number
}

const enc = encodeURIComponent

/** Builds `/customer-service/pages/chat/index?…` for `Taro.navigateTo`. */
export function buildServiceUrl(input: LaunchInput & { mode?: LaunchParams['mode'] }, options: BuildOptions = {}): string {
  const demo = input.demo || input.mode === 'demo'
  const pairs: [string, string][] = [[CANARY_KEY, CANARY_VALUE]]
  const put = (key: string, value: unknown) => {
    if (value === undefined || value === null) return
    pairs.push([key, typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value)])
  }
  put('SDKAppID', input.SDKAppID)
  put('userID', input.userID)
  put('userSig', input.userSig)
  put('nickName', input.nickName)
  put('avatar', input.avatar)
  if (input.customerServiceIDList?.length) put('customerServiceIDList', input.customerServiceIDList)
  put('customerServiceID', input.customerServiceID)
  if (input.toolbarButtonList?.length) put('toolbarButtonList', input.toolbarButtonList)
  put('bottomQuickOrder', input.bottomQuickOrder)
  if (input.language && input.language !== 'zh') put('language', input.language)
  if (input.enableFeedback) put('enableFeedback', 1)
  if (input.enableAINote === false) put('enableAINote', 0)
  if (demo && input.SDKAppID !== undefined) put('demo', 1)
  put('transferToHumanOptions', input.transferToHumanOptions)
  put('transferToTaskFlowOptions', input.transferToTaskFlowOptions)
  if (input.unconfirmedDeskShapes?.length) put('unconfirmedDeskShapes', input.unconfirmedDeskShapes.join(','))

  // What cannot work at all: a Desk session needs a valid SDKAppID and userID.
  const problems: LaunchIssue[] = []
  if (input.SDKAppID !== undefined && !demo) {
    const sdk = sdkAppIdProblem(input.SDKAppID)
    if (sdk) problems.push({ field: 'SDKAppID', code: sdk })
    const user = idProblem(input.userID)
    if (user) problems.push({ field: 'userID', code: user })
  }
  if (problems.length) {
    const list = problems.map((p) => `${p.field} (${p.code})`).join(', ')
    throw new LaunchUrlError('invalid_params', problems, `cannot build the chat URL: invalid ${list}`)
  }

  const url = `${options.path || CHAT_PAGE_PATH}?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`
  const max = options.maxLength ?? MAX_URL_LENGTH
  if (url.length > max) {
    const biggest = pairs.map(([k, v]) => [k, enc(v).length] as const).sort((a, b) => b[1] - a[1])[0]
    throw new LaunchUrlError(
      'url_too_long',
      [{ field: biggest[0], code: 'too_long', detail: `URL is ${url.length} characters, max ${max}` }],
      `the chat URL is ${url.length} characters (max ${max}); ${biggest[0]} alone takes ${biggest[1]}`
    )
  }
  return url
}
