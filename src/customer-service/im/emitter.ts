// A tiny typed event emitter: every subscription returns its own unsubscribe.
export type Handler<T> = (payload: T) => void

export class Emitter<Events extends object> {
  private handlers = new Map<keyof Events, Set<Handler<never>>>()

  on<K extends keyof Events>(event: K, handler: Handler<Events[K]>): () => void {
    let set = this.handlers.get(event)
    if (!set) this.handlers.set(event, (set = new Set()))
    set.add(handler as Handler<never>)
    return () => {
      set!.delete(handler as Handler<never>)
    }
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    // Copy: a handler may unsubscribe while we iterate.
    for (const h of [...(this.handlers.get(event) || [])]) (h as Handler<Events[K]>)(payload)
  }

  /** Number of live subscriptions, for leak checks in tests. */
  get size(): number {
    let n = 0
    for (const s of this.handlers.values()) n += s.size
    return n
  }

  clear(): void {
    this.handlers.clear()
  }
}
