// URL constants the host-side builder and the subpackage's parser agree on (see query.ts for
// what the canary is for). A module of its own so the builder ships nothing else of the parser.

export const CANARY_KEY = 'csq'
export const CANARY_VALUE = '%'

/** Default cap for the whole URL built by buildServiceUrl (characters). */
export const MAX_URL_LENGTH = 4096
