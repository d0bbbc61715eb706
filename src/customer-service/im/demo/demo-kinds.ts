// #18 The demo desk's location and chat-record messages, on a typed address / record keyword (地址 / 记录 in every
// language, or the language's own word), so both bubbles and the record viewer can be tried without a real desk.
// Plain IM elements, as an agent's workbench would send them; the words come from the desk's language pack.
import type { ChatMessage, MessageBody } from '../types'
import type { DemoDesk } from './demo-desk'
import { typed } from './unconfirmed'
import type { DemoWords } from './words'

function record(desk: DemoDesk, account: string, w: DemoWords): MessageBody {
  const time = Math.floor(desk.now() / 1000) - 86400
  const lines: [string, string][] = [
    [w.me, w.recordAsk],
    [w.agent, w.recordAnswer]
  ]
  const messages = lines.map(([nick, text], i): ChatMessage => {
    const from = i % 2 ? account : desk.user
    return { id: `demo-r${i}`, conversationId: '', from, to: '', flow: 'in', time: time + i * 60, sequence: 0, status: 'sent', isRevoked: false, nick, body: { kind: 'text', text } }
  })
  return { kind: 'relay', title: w.recordTitle, abstracts: lines.map((l) => l.join(': ')), messages }
}

/** Answers an address keyword with a location and a record keyword with a chat record; false for any other text. */
export function demoKinds(desk: DemoDesk, account: string, text: string, as: Partial<ChatMessage>, w: DemoWords): boolean {
  const body: MessageBody | undefined = typed(w, 'addressWords', text)
    ? { kind: 'location', description: w.address, latitude: 22.5224, longitude: 113.9355 }
    : typed(w, 'recordWords', text)
      ? record(desk, account, w)
      : undefined
  if (body) desk.later(300, () => desk.deskSays(account, body, as))
  return !!body
}
