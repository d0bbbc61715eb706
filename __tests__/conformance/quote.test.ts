// Quotes against Tencent's kits (quote.json): our parser reads every kit's messageReply variant, and what we
// send is a kit's shape — exactly the Desk kit's keys, all of them also in the chat engine's quote.
import { quoteFrom, quoteOf, withQuote } from '../../src/customer-service/protocol/quote'
import { incoming } from './corpus'

/** Keys each kit writes in messageReply (sources in quote.json and docs/desk-protocol.md "Quote"). */
const FLUTTER_DESK_1_6_2 = ['messageID', 'messageAbstract', 'messageSender', 'messageType', 'version']
const ENGINE_QUOTE = ['messageAbstract', 'messageSender', 'messageID', 'messageType', 'messageTime', 'messageSequence', 'version']

const quotes = incoming.filter((f) => f.src === 'quote')

describe('quote variants of the kits', () => {
  it('the corpus holds each kit variant, a malformed one, and what we send', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(6)
    expect(quotes.some((f) => f.expect.quote === null)).toBe(true)
  })

  it.each(quotes.map((f) => [f.id, f] as const))('%s reads as the kits read it', (_id, f) => {
    expect(quoteOf(f.message.cloudCustomData) ?? null).toEqual(f.expect.quote)
  })
})

describe('what we send', () => {
  const q = quoteFrom({ id: 'm1', view: { kind: 'image', url: 'u' } }, '客服小美', ['[消息]', '', '', '[图片]'])
  const reply = JSON.parse(withQuote(JSON.stringify({ role: 'seat' }), q)).messageReply

  it('has exactly the Desk kit keys, each also one the chat engine writes', () => {
    expect(Object.keys(reply).sort()).toEqual([...FLUTTER_DESK_1_6_2].sort())
    for (const key of Object.keys(reply)) expect(ENGINE_QUOTE).toContain(key)
    expect(reply).toMatchObject({ messageType: 3, messageAbstract: '[图片]', version: 1 })
  })

  it('always carries a non-empty string abstract and sender (the Flutter kit drops a quote without them)', () => {
    expect(typeof reply.messageAbstract).toBe('string')
    expect(reply.messageAbstract).not.toBe('')
    expect(reply.messageSender).toBe('客服小美')
  })
})
