// Live delivery from the demo desk to the client, through the injected faults: a delivery can be lost,
// doubled, late, or overtaken by the next one. The server log keeps every message whatever happens here.
import type { ChatMessage } from '../types'
import { NO_FAULTS } from './options'
import type { DemoFaults, InjectedFaults, Later } from './options'

/** A live delivery: a new message (MESSAGE_RECEIVED) or a changed one (MESSAGE_MODIFIED, e.g. a stream chunk). */
export type Delivery = { event: 'received' | 'modified'; message: ChatMessage }

/** What delivery needs from the desk: its seeded dice, its timers, and the client's side of the connection. */
export interface DeliveryContext {
  random(): number
  later: Later
  online(): boolean
  emit(event: Delivery['event'], list: ChatMessage[]): void
}

export class LiveDelivery {
  faults: DemoFaults
  readonly injected: InjectedFaults = { dropped: 0, duplicated: 0, heldBack: 0, delayed: 0 }
  private held: Delivery | undefined

  constructor(
    faults: Partial<DemoFaults> | undefined,
    private readonly ctx: DeliveryContext
  ) {
    this.faults = { ...NO_FAULTS, ...faults }
  }

  setFaults(faults: Partial<DemoFaults>): void {
    this.faults = { ...this.faults, ...faults }
  }

  deliver(d: Delivery): void {
    const { ctx } = this
    if (!ctx.online()) return // stays on the server; a re-sync after reconnecting finds it
    const f = this.faults
    if (f.dropDelivery && ctx.random() < f.dropDelivery) {
      this.injected.dropped += 1
      return
    }
    const m = d.message
    // Copies, and only while still online: a delayed delivery may find the connection gone.
    const emit = (event: Delivery['event'], list: ChatMessage[]) => {
      if (ctx.online()) ctx.emit(event, list.map((x) => ({ ...x })))
    }
    const send = () => {
      if (f.reorder && !this.held && ctx.random() < f.reorder) {
        this.injected.heldBack += 1
        this.held = d
        return
      }
      const held = this.held
      this.held = undefined
      // The held one arrives after this one. Same kind: one batch, as the SDK hands over several at once.
      if (held?.event === d.event) emit(d.event, [m, held.message])
      else {
        emit(d.event, [m])
        if (held) emit(held.event, [held.message])
      }
      if (f.duplicate && ctx.random() < f.duplicate) {
        this.injected.duplicated += 1
        emit(d.event, [m])
      }
    }
    if (f.delayMs) {
      this.injected.delayed += 1
      ctx.later(f.delayMs, send, false)
    } else send()
  }
}
