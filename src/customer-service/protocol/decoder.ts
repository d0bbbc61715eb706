// What every src decoder shares: its signature and the "we do not understand this" view.
import type { DeskView } from './types'
import type { Json } from './coerce'

/** Decodes one Desk payload (already parsed, Desk marker checked) of a known src. */
export type Decoder = (d: Json, src: string, fromUser: boolean) => DeskView

/** Hidden in the list; `detail` is for developers (logs, the demo desk), never shown to users. */
export function unsupported(src: string | undefined, detail: string): DeskView {
  return src === undefined ? { kind: 'unsupported', detail } : { kind: 'unsupported', src, detail }
}
