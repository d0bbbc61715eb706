// The Desk `src` codes, as strings: `src` is normalised with String() before any comparison,
// because numbers occur on the wire too (see docs/desk-protocol.md).
export const SRC = {
  /** user → desk: start a session on every open (onlineUserOnly). */
  START: '7',
  /** desk → user: rating card (`menuContent`). */
  RATING_CARD: '9',
  /** user → desk: rating submit (`menuSelected`). */
  RATING_SUBMIT: '10',
  /** desk → user: the agent is typing. */
  TYPING: '12',
  /** desk → user: legacy robot command (`content.command`). */
  ROBOT_COMMAND: '13',
  /** desk → user: branch menu. */
  BRANCH: '15',
  NO_AGENT_ONLINE: '18',
  SESSION_ENDED: '19',
  SESSION_TIMEOUT: '20',
  /** desk → user: one form question (choices or free input). */
  FORM_QUESTION: '21',
  /** user → desk: product card. */
  PRODUCT_CARD: '22',
  /** desk → user: rating settings (`menuSendRuleFlag`). */
  RATING_SETTINGS: '23',
  /** user → desk: ask for a rating card (onlineUserOnly). */
  REQUEST_RATING: '24',
  BOT_STATUS: '25',
  /** desk → user: an agent joined (inSeat) or left (outSeat). */
  SEAT_STATUS: '26',
  /** user → desk: end the human session (onlineUserOnly). */
  END_HUMAN_SESSION: '27',
  ORDER_CARD: '28',
  /** desk → user: welcome or clarify list (`subtype`). */
  WELCOME: '29',
  RICH_TEXT: '30',
  /** desk → user: AI streaming answer, updated in place. */
  STREAM: '31',
  WORKFLOW_BRANCH: '32',
  /** desk ↔ user: multi-field form, and the user's submission of it. */
  FORM: '33',
  THINKING: '35',
  TOO_MANY_USERS: '36',
  TIMEOUT_WARNING: '37',
  /** W1511/C157 constant TRANSFER_TO_TASK_FLOW; fields UNCONFIRMED (sent only behind unconfirmedDeskShapes). */
  TRANSFER_TO_TASK_FLOW: '34',
  TRANSFER_TO_HUMAN: '39',
  SESSION_RESTARTED: '40'
} as const

export type SrcCode = (typeof SRC)[keyof typeof SRC]

/** Rating card styles (`menuContent.type`), as Tencent's kits define them. */
export const RATING_TYPE = { STAR: 1, NUMBER: 2 } as const

/** Bit of `menuSendRuleFlag` (src 23): the customer may ask for a rating card. */
export const RATING_RULE_CLIENT_MAY_REQUEST = 4
