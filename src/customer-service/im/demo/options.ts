// The demo desk's options and fault knobs, shared by the desk and its delivery and send paths.

export interface DemoFaults {
  /** Probability that a send fails with a network error. */
  dropSend: number
  /** Probability that a live delivery is lost (the message stays on the server: re-sync finds it). */
  dropDelivery: number
  /** Probability that a live delivery arrives twice. */
  duplicate: number
  /** Probability that a live delivery is held back and arrives after the next one. */
  reorder: number
  /** Extra delay (ms) before each live delivery. */
  delayMs: number
}

export interface DemoDeskOptions {
  seed?: number
  /** Delay scale: 0 as fast as timers allow (tests), 1 lifelike. */
  pace?: number
  /** Older messages already on the "server" per account, to page through. */
  historySize?: number
  faults?: Partial<DemoFaults>
  /** Clock in ms (tests pin it). */
  now?: () => number
  /** Which userSigs the desk accepts (default: any); a refused one fails login as expired (70001). */
  acceptSig?: (userSig: string) => boolean
  /** The language the desk answers in until a session start (src 7) names one (default zh). */
  language?: string
}

/** How often each delivery fault actually fired (tests assert a scenario really exercised its fault). */
export interface InjectedFaults {
  dropped: number
  duplicated: number
  heldBack: number
  delayed: number
}

export const NO_FAULTS: DemoFaults = { dropSend: 0, dropDelivery: 0, duplicate: 0, reorder: 0, delayMs: 0 }

/** Runs `fn` after `ms` (× pace when scaled); the desk owns the timers so destroy() can clear them. */
export type Later = (ms: number, fn: () => void, scaled?: boolean) => void
