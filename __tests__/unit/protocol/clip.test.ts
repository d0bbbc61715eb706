// Oversized strings from the wire are clipped where they are decoded, so no row can carry a megabyte.
import { clip, MAX_MARKDOWN, MAX_STRING, MAX_TEXT } from '../../../src/customer-service/protocol/coerce'
import { decodeMessage } from '../../../src/customer-service/protocol'
import { safeUrl } from '../../../src/customer-service/components/markdown/safe-url'
import { deskMessage, textMessage } from '../../builders/messages'

describe('clipping what the wire sends', () => {
  it('keeps short strings as they are and marks a cut with an ellipsis', () => {
    expect(clip('你好', 5)).toBe('你好')
    expect(clip('abcdef', 3)).toBe('abc…')
  })

  it('never splits an emoji (a surrogate pair) at the cut', () => {
    const s = `ab${'😀'.repeat(3)}`
    const cut = clip(s, 3)
    expect(cut).toBe('ab…')
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false)
  })

  it('clips a text message at the IM limit and a card field at MAX_STRING', () => {
    const text = decodeMessage(textMessage('x'.repeat(MAX_TEXT + 500)))
    expect(text).toEqual({ kind: 'text', text: `${'x'.repeat(MAX_TEXT)}…` })
    const card = decodeMessage(deskMessage({ src: '22', content: { header: 'h'.repeat(50_000), desc: 'd', pic: '', url: '' } }))
    expect(card.kind).toBe('product')
    expect(JSON.stringify(card).length).toBeLessThan(MAX_STRING + 500)
  })

  it('keeps a whole long AI answer up to what the markdown renderer reads', () => {
    const answer = decodeMessage(deskMessage({ src: '31', chunks: ['a'.repeat(15_000), 'b'.repeat(10_000)], isFinished: 1 }))
    expect(answer).toMatchObject({ kind: 'stream', finished: true })
    const markdown = (answer as { markdown: string }).markdown
    expect(markdown).toHaveLength(MAX_MARKDOWN + 1)
    expect(markdown.startsWith('a'.repeat(15_000))).toBe(true)
  })

  it('an over-long URL is refused whole, never cut to point elsewhere', () => {
    const image = (u: string) => decodeMessage(textMessage('', { body: { kind: 'image', url: u, width: 1, height: 1 } })) as { url: string }
    const long = [
      `https://example.com/${'p'.repeat(3000)}`,
      // safeUrl drops invisible characters before its own length check: a cut would have passed it.
      `https://example.com/${'p '.repeat(1500)}`,
      // Mini-program file URLs have no length check of their own.
      `cloud://env/${'p'.repeat(3000)}`,
      // An emoji at the cut point.
      `https://example.com/${'p'.repeat(2026)}😀😀`
    ]
    for (const u of long) expect(image(u).url).toBe('')
    const fine = `https://example.com/${'p'.repeat(100)}`
    expect(image(fine).url).toBe(fine)
    const card = decodeMessage(deskMessage({ src: '22', content: { header: 'h', desc: 'd', pic: long[2], url: long[0] } })) as unknown as Record<string, unknown>
    expect(card.pic).toBeUndefined()
    expect(card.url).toBeUndefined()
    expect(safeUrl(fine)).toBe(fine)
  })
})
