// What the host hears about conversations: an agent joined, a session ended, unread counts.
import { CS_EVENTS } from '../launch/events'
import type { SessionContext } from './context'

/** Runs a store change and tells the host when an agent joined or the session ended. */
export function withSessionEvents(ctx: SessionContext, change: () => void) {
  const before = Object.fromEntries(Object.entries(ctx.store.getState().conversations).map(([k, c]) => [k, c.session.phase]))
  change()
  for (const [account, c] of Object.entries(ctx.store.getState().conversations)) {
    if (before[account] === c.session.phase) continue
    if (c.session.phase === 'human') ctx.emit(CS_EVENTS.agentJoined, { account, nick: c.session.agent?.nick, avatar: c.session.agent?.avatar })
    if (c.session.phase === 'ended') ctx.emit(CS_EVENTS.sessionEnded, { account })
  }
}

export function emitUnread(ctx: SessionContext) {
  const convs = Object.values(ctx.store.getState().conversations)
  const total = convs.reduce((n, c) => n + c.unread, 0)
  for (const c of convs) ctx.emit(CS_EVENTS.unread, { account: c.account, unread: c.unread, total })
}
