// Build-time settings of the chat. Taro replaces `process.env.TARO_APP_*` only when the host defines the key
// (.env file or config `env`); in a host that never does, the expression reaches the mini-program, which has no
// `process` — so an embedded chat must not depend on the host having declared it.

/** Where userSigs come from (TARO_APP_USERSIG_URL): an https endpoint or `cloud:<function>` (cloud-source.ts); '' if unset. */
export function userSigUrl(): string {
  try {
    return process.env.TARO_APP_USERSIG_URL || ''
  } catch {
    return ''
  }
}
