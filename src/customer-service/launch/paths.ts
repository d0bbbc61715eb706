/** Public contract: the chat page path hosts navigate to (subpackage root + page). */
export const CHAT_PAGE_PATH = '/customer-service/pages/chat/index'
