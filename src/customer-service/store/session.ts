// Session state (bot / human agent / ended, rating settings, typing, thinking) derived from the
// desk's messages in time order. Pure.
import type { ListItem, SessionState } from './state'
import { THINKING_TTL_MS, TYPING_TTL_MS } from './state'

const CONTENT_KINDS = new Set(['text', 'image', 'video', 'file', 'sound', 'richText', 'stream', 'welcome', 'branch', 'workflowBranch', 'formQuestion', 'form', 'product', 'order', 'rating'])

/** Applies one message's effect. `now` decides whether typing/thinking are still live. */
export function applyEffect(s: SessionState, m: ListItem, now: number): SessionState {
  if (m.flow !== 'in' || m.isRevoked) return s
  const v = m.view
  const at = m.time * 1000
  switch (v.kind) {
    case 'typing':
      return now - at < TYPING_TTL_MS ? { ...s, typingUntil: at + TYPING_TTL_MS } : s
    case 'thinking':
      if (v.done) return s.thinkingSince ? { ...s, thinkingSince: 0 } : s
      return now - at < THINKING_TTL_MS ? { ...s, thinkingSince: at } : s
    case 'ratingSettings':
      return { ...s, clientMayRequestRating: v.clientMayRequest }
    case 'botStatus':
      return v.inBot ? { ...s, phase: 'bot', agent: undefined } : s
    case 'notice':
      switch (v.notice) {
        case 'agentJoined':
          return { ...s, phase: 'human', agent: { id: m.from, nick: m.nick, avatar: m.avatar } }
        case 'agentLeft':
        case 'sessionEnded':
        case 'sessionTimeout':
          return { ...s, phase: 'ended', agent: undefined, typingUntil: 0, thinkingSince: 0 }
        case 'sessionRestarted':
          return { ...s, phase: 'bot', agent: undefined }
        default:
          return s
      }
    default:
      if (!CONTENT_KINDS.has(v.kind)) return s
      // An answer ends typing and thinking; a human agent's message refreshes who they are.
      {
        let next: SessionState = s.typingUntil || s.thinkingSince ? { ...s, typingUntil: 0, thinkingSince: 0 } : s
        if (next.phase === 'human' && (m.nick || m.avatar)) {
          const agent = { id: m.from, nick: m.nick || next.agent?.nick, avatar: m.avatar || next.agent?.avatar }
          if (agent.nick !== next.agent?.nick || agent.avatar !== next.agent?.avatar) next = { ...next, agent }
        }
        return next
      }
  }
}

export function applyEffects(s: SessionState, items: ListItem[], now: number): SessionState {
  return items.reduce((acc, m) => applyEffect(acc, m, now), s)
}

export function isThinking(s: SessionState, now: number): boolean {
  return s.thinkingSince > 0 && now - s.thinkingSince < THINKING_TTL_MS
}

export function isTyping(s: SessionState, now: number): boolean {
  return s.typingUntil > now
}
