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

  it('a clipped URL is refused rather than half-used', () => {
    const long = `https://example.com/${'p'.repeat(3000)}`
    const image = decodeMessage(textMessage('', { body: { kind: 'image', url: long, width: 1, height: 1 } })) as { url: string }
    expect(image.url.endsWith('…')).toBe(true)
    expect(safeUrl(image.url)).toBeNull()
  })
})
