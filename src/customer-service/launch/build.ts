// buildServiceUrl: typed params → the chat page URL, encoded so every platform hands them back intact.
import type { LaunchInput, LaunchIssue, LaunchParams } from './types'
import { formatIssue } from './issues'
import { LIMITS } from './limits'
import { CHAT_PAGE_PATH } from './paths'
import { CANARY_KEY, CANARY_VALUE, splitQueryString } from './query'
import { parseLaunchParams } from './parse'

export type LaunchUrlErrorCode = 'invalid_params' | 'url_too_long'

/** Thrown by buildServiceUrl when the URL could not start a chat as the host intends. */
export class LaunchUrlError extends Error {
  readonly code: LaunchUrlErrorCode
  readonly issues: LaunchIssue[]

  constructor(code: LaunchUrlErrorCode, issues: LaunchIssue[], message: string) {
    super(message)
    this.name = 'LaunchUrlError'
    this.code = code
    this.issues = issues
  }
}

export interface BuildOptions {
  /** Page path; override only when the subpackage is embedded under another root. */
  path?: string
  /** Longest URL accepted (characters). Default 4096. */
  maxLength?: number
  /** Refuse values the chat would drop (unsafe URLs, bad buttons, …). Default true. */
  strict?: boolean
}

const enc = encodeURIComponent

/** Builds `/customer-service/pages/chat/index?…` for `Taro.navigateTo`. */
export function buildServiceUrl(input: LaunchInput & { mode?: LaunchParams['mode'] }, options: BuildOptions = {}): string {
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
  if ((input.demo || input.mode === 'demo') && input.SDKAppID !== undefined) put('demo', 1)

  const url = `${options.path || CHAT_PAGE_PATH}?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}`

  // Check the URL the way the page will read it, so the builder and the parser can never disagree.
  const parsed = parseLaunchParams(splitQueryString(url))
  const strict = options.strict !== false
  const problems = parsed.ok ? (strict ? parsed.warnings : []) : parsed.errors
  if (problems.length) {
    throw new LaunchUrlError('invalid_params', problems, `cannot build the chat URL: ${problems.map((p) => formatIssue(p, 'en')).join('; ')}`)
  }
  const max = options.maxLength ?? LIMITS.urlLength
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
