// parseLaunchParams: page query → typed params, or the list of what the host got wrong.
import type { Language, LaunchIssue, LaunchParams, ParseResult } from './types'
import { demoBuilt } from './demo-switch'
import { issue } from './issues'
import { bundledLanguages, isBundled, LANGUAGES, normalizeLanguage, usableLanguage } from './languages'
import { DEFAULT_CUSTOMER_SERVICE_ID, LIMITS } from './limits'
import { decodeLoose, decodeTimes, isAbsent, readQuery, splitQueryString } from './query'
import { bottomQuickOrder, customerServiceIDList, toolbarButtonList } from './structured'
import { checkFlag, checkHttpUrl, checkId, checkSdkAppId, checkText, checkUserSig } from './values'
import { transferToHumanOptions, transferToTaskFlowOptions, unconfirmedShapes } from './transfer'

export const KNOWN_PARAMS = [
  'SDKAppID', 'userID', 'userSig', 'nickName', 'avatar', 'toolbarButtonList', 'bottomQuickOrder',
  'customerServiceIDList', 'customerServiceID', 'language', 'enableFeedback', 'enableAINote', 'demo',
  // #19 the kit's transfer params (fields ours) and our switch for Desk shapes no kit confirms
  'transferToHumanOptions', 'transferToTaskFlowOptions', 'unconfirmedDeskShapes'
] as const

export interface ParseOptions {
  /** A credential source (e.g. a userSig endpoint) will supply the sig: do not require it in the URL. */
  allowMissingUserSig?: boolean
}

/** Text of a query value, decoded as far as the canary (or, without one, the look of it) says. */
function textValue(raw: unknown, decodes: number | undefined): string | undefined {
  if (Array.isArray(raw)) raw = raw[raw.length - 1]
  if (isAbsent(raw)) return undefined
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw)
  if (typeof raw !== 'string') return undefined
  if (decodes !== undefined) {
    const exact = decodeTimes(raw, decodes)
    if (exact !== undefined) return exact
  }
  return decodeLoose(raw)
}

type JsonRead = { value: unknown } | { error: LaunchIssue } | undefined

/** A JSON query value: raw as Tencent's docs write it, or encoded once or more. */
function jsonValue(field: string, raw: unknown, decodes: number | undefined): JsonRead {
  if (Array.isArray(raw) && raw.every((r) => typeof r === 'string')) raw = raw[raw.length - 1]
  if (isAbsent(raw)) return undefined
  if (typeof raw === 'object') return { value: raw }
  if (typeof raw !== 'string') return { error: issue(field, 'wrong_type', 'JSON text') }
  const candidates: string[] = []
  if (decodes !== undefined) {
    const exact = decodeTimes(raw, decodes)
    if (exact !== undefined) candidates.push(exact)
  }
  let v: string | undefined = raw
  for (let i = 0; i < 4 && v !== undefined; i++) {
    candidates.push(v)
    try {
      v = decodeURIComponent(v)
    } catch {
      v = undefined
    }
  }
  for (const c of candidates) {
    try {
      return { value: JSON.parse(c) }
    } catch {
      // try the next decoding
    }
  }
  const text = candidates[candidates.length - 1] || raw
  const opened = (text.match(/[[{]/g) || []).length
  const closed = (text.match(/[\]}]/g) || []).length
  if (/^\s*[[{]/.test(text) && opened > closed) return { error: issue(field, 'truncated_json') }
  // Customer-service IDs may come as a plain comma list.
  if (field === 'customerServiceIDList' && !/[[{"]/.test(text)) return { value: text }
  return { error: issue(field, 'not_json', text.length > 40 ? `${text.slice(0, 40)}…` : text) }
}

/** Any usual spelling of a supported language; one this build did not bundle falls back to English. */
function parseLanguage(v: string | undefined, warnings: LaunchIssue[]): Language {
  if (v === undefined) return 'zh'
  const language = normalizeLanguage(v)
  if (!language) {
    warnings.push(issue('language', 'bad_enum', LANGUAGES.join(', ')))
    return 'zh'
  }
  if (!isBundled(language)) warnings.push(issue('language', 'not_bundled', bundledLanguages().join(', ')))
  return usableLanguage(language)
}

function flag(field: string, v: string | undefined, fallback: boolean, warnings: LaunchIssue[]): boolean {
  if (v === undefined) return fallback
  const f = checkFlag(v)
  if (f.ok) return f.value === 1
  warnings.push(issue(field, f.code, f.detail))
  return fallback
}

function suggestion(key: string): string | undefined {
  const lower = key.toLowerCase()
  return KNOWN_PARAMS.find((k) => k.toLowerCase() === lower)
}

/**
 * Parses what the chat page receives (Taro `useRouter().params`, `onLoad` options, or a query
 * string). Never throws. Only missing or invalid credentials make it fail; anything else that is
 * wrong is dropped and reported as a warning.
 */
export function parseLaunchParams(query: unknown, options: ParseOptions = {}): ParseResult {
  const errors: LaunchIssue[] = []
  const warnings: LaunchIssue[] = []
  const { values, decodes } = readQuery(query)
  const text = (key: string) => textValue(values[key], decodes)

  const language = parseLanguage(text('language'), warnings)

  // Unknown keys: typos of known ones are worth a hint; fragments of a JSON value split at a raw `&`
  // are explained by that value's own error instead.
  for (const key of Object.keys(values)) {
    if ((KNOWN_PARAMS as readonly string[]).includes(key) || /["{}[\],:]/.test(key)) continue
    warnings.push(issue(key, 'unknown_param', suggestion(key)))
  }
  for (const key of Object.keys(values)) if (Array.isArray(values[key])) warnings.push(issue(key, 'duplicate', 'the last value is used'))

  // A release build (TARO_APP_DEMO=off) has no demo desk: demo=1 is ignored, credentials are required.
  const hasDemo = demoBuilt()
  const askedDemo = flag('demo', text('demo'), false, warnings)
  if (askedDemo && !hasDemo) warnings.push(issue('demo', 'demo_ignored'))
  const demoFlag = askedDemo && hasDemo
  const params: LaunchParams = {
    mode: 'demo',
    toolbarButtonList: [],
    customerServiceIDList: [],
    customerServiceID: DEFAULT_CUSTOMER_SERVICE_ID,
    language,
    enableFeedback: flag('enableFeedback', text('enableFeedback'), false, warnings),
    enableAINote: flag('enableAINote', text('enableAINote'), true, warnings)
  }

  // Credentials: the only values that can block the chat (in Desk mode).
  const sdkRaw = text('SDKAppID')
  if (sdkRaw !== undefined) {
    const sdk = checkSdkAppId(sdkRaw)
    if (sdk.ok) params.SDKAppID = sdk.value
    else (demoFlag ? warnings : errors).push(issue('SDKAppID', sdk.code, sdk.detail))
  }
  const desk = sdkRaw !== undefined && !demoFlag
  if (!hasDemo && sdkRaw === undefined) errors.push(issue('SDKAppID', 'no_demo'))
  params.mode = desk ? 'desk' : 'demo'
  const credentialIssues = desk ? errors : warnings

  const userRaw = text('userID')
  if (userRaw !== undefined) {
    const id = checkId(userRaw)
    if (id.ok) params.userID = id.value
    else credentialIssues.push(issue('userID', id.code, id.detail))
  } else if (desk) {
    errors.push(issue('userID', 'missing', 'required with SDKAppID'))
  }
  const sigRaw = text('userSig')
  if (sigRaw !== undefined) {
    const sig = checkUserSig(sigRaw)
    if (sig.ok) params.userSig = sig.value
    else credentialIssues.push(issue('userSig', sig.code, sig.detail))
  } else if (desk && !options.allowMissingUserSig) {
    errors.push(issue('userSig', 'missing', 'required with SDKAppID; issue it from your server'))
  }

  const nick = checkText(text('nickName'), LIMITS.nickName, { required: false })
  if (nick.ok) {
    if (nick.value !== undefined) params.nickName = nick.value
  } else warnings.push(issue('nickName', nick.code, nick.detail))
  const avatar = checkHttpUrl(text('avatar'), { required: false })
  if (avatar.ok) {
    if (avatar.value !== undefined) params.avatar = avatar.value
  } else warnings.push(issue('avatar', avatar.code, avatar.detail))

  const json = (key: string) => {
    const r = jsonValue(key, values[key], decodes)
    if (r && 'error' in r) {
      warnings.push(r.error)
      return undefined
    }
    return r?.value
  }
  const toHuman = json('transferToHumanOptions')
  if (toHuman !== undefined) params.transferToHumanOptions = transferToHumanOptions(toHuman, 'transferToHumanOptions', warnings)
  const toFlow = json('transferToTaskFlowOptions')
  if (toFlow !== undefined) params.transferToTaskFlowOptions = transferToTaskFlowOptions(toFlow, 'transferToTaskFlowOptions', warnings)
  for (const k of ['transferToHumanOptions', 'transferToTaskFlowOptions'] as const) if (!params[k]) delete params[k]
  const shapes = text('unconfirmedDeskShapes')
  if (shapes !== undefined) params.unconfirmedDeskShapes = unconfirmedShapes(shapes, warnings)
  if (!params.unconfirmedDeskShapes?.length) delete params.unconfirmedDeskShapes
  const toolbar = json('toolbarButtonList')
  if (toolbar !== undefined) params.toolbarButtonList = toolbarButtonList(toolbar, warnings, !!params.transferToTaskFlowOptions)
  const order = json('bottomQuickOrder')
  if (order !== undefined) {
    const o = bottomQuickOrder(order, warnings)
    if (o) params.bottomQuickOrder = o
  }
  const ids = json('customerServiceIDList')
  const list = ids === undefined ? [] : customerServiceIDList(ids, warnings)

  const csRaw = text('customerServiceID')
  let current = list[0] || DEFAULT_CUSTOMER_SERVICE_ID
  if (csRaw !== undefined) {
    const cs = checkId(csRaw)
    if (!cs.ok) warnings.push(issue('customerServiceID', cs.code, cs.detail))
    else {
      current = cs.value
      // Decision: an account the host asks for is added to the list rather than refused.
      if (list.length && !list.includes(cs.value)) warnings.push(issue('customerServiceID', 'added_to_list', cs.value))
    }
  }
  if (!list.includes(current)) list.push(current)
  params.customerServiceIDList = list
  params.customerServiceID = current

  if (errors.length) return { ok: false, errors, warnings, language }
  return { ok: true, params, warnings }
}

/**
 * Every issue the chat page would find in the URL built from `url` (errors and warnings), for hosts
 * that want to check their launch input in development or in their own tests.
 */
export function validateServiceUrl(url: string): LaunchIssue[] {
  const r = parseLaunchParams(splitQueryString(url))
  return r.ok ? r.warnings : [...r.errors, ...r.warnings]
}
