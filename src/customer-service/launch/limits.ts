import { ID_MAX_LENGTH } from './ids'
import { MAX_URL_LENGTH } from './canary'

/** Size limits for launch values: generous for real use, small enough to keep junk out of the UI. */
export const LIMITS = {
  id: ID_MAX_LENGTH,
  userSig: 2048,
  nickName: 64,
  url: 1024,
  title: 32,
  content: 500,
  buttons: 20,
  ids: 20,
  header: 100,
  desc: 200,
  fieldName: 32,
  fieldValue: 200,
  fields: 10,
  /** Default cap for the whole URL built by buildServiceUrl. */
  urlLength: MAX_URL_LENGTH
} as const

export const DEFAULT_CUSTOMER_SERVICE_ID = '@customer_service_account'
