// Launch contract of the customer-service chat. The host (main package) imports only this folder:
// it pulls in neither the IM SDK nor the store.
export { CHAT_PAGE_PATH } from './paths'
export { buildServiceUrl, LaunchUrlError } from './build'
export type { BuildOptions, LaunchUrlErrorCode } from './build'
export { parseLaunchParams, validateServiceUrl, KNOWN_PARAMS } from './parse'
export type { ParseOptions } from './parse'
export { formatIssue } from './issues'
export { redactQuery } from './redact'
export { clearChatCache, CHAT_STORAGE_PREFIXES } from './cache'
export { DEFAULT_CUSTOMER_SERVICE_ID, LIMITS } from './limits'
export { LANGUAGES, bundledLanguages, isBundled, normalizeLanguage } from './languages'
export type * from './types'
