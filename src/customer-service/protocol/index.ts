// The Desk codec: decode what arrives into typed views, build what the user sends. Pure, no SDK, no React.
export type * from './types'
export { SRC, RATING_TYPE, RATING_RULE_CLIENT_MAY_REQUEST } from './codes'
export type { SrcCode } from './codes'
export { decodeMessage } from './decode'
export {
  startSession,
  deskLanguage,
  submitRating,
  requestRating,
  endHumanSession,
  productCard,
  submitForm,
  answerMenu,
  answerWorkflow,
  transferToHuman,
  TRANSFER_TO_HUMAN_TEXT
} from './encode'
export type { DeskLanguage, ProductCardInput } from './encode'
export { requestBotRating, transferToNamedHuman, transferToTaskFlow } from './unconfirmed'
export { senderOf } from './sender'
export type { Sender, SenderRole } from './sender'
