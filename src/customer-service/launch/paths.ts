// Page paths of the subpackage, in one place (embedding under another root rewrites only this file).

/** Subpackage root. */
export const SUBPACKAGE_ROOT = 'customer-service'

/** Public contract: the chat page path hosts navigate to (subpackage root + page). */
export const CHAT_PAGE_PATH = `/${SUBPACKAGE_ROOT}/pages/chat/index`

/** In-app browser for http(s) links from toolbar buttons and cards. */
export const WEBVIEW_PAGE_PATH = `/${SUBPACKAGE_ROOT}/pages/webview/index`
