// What every src decoder shares: its signature and the "we do not understand this" view.
import type { DeskView } from './types'
import type { Json } from './coerce'

/** Decodes one Desk payload (already parsed, Desk marker checked) of a known src. */
export type Decoder = (d: Json, src: string, fromUser: boolean) => DeskView

/** A grey "can't be shown yet" row; `detail` is for developers (logs, the demo desk), never shown to users. */
export function unsupported(src: string | undefined, detail: string): DeskView {
  return src === undefined ? { kind: 'unsupported', detail } : { kind: 'unsupported', src, detail }
}

/** No row at all: a signal without its state, or what Tencent's kits deliberately hide ('foreign'). */
export const hidden = (reason: 'signal' | 'foreign', detail: string): DeskView => ({ kind: 'hidden', reason, detail })
