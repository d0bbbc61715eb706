// safeUrl: only absolute http(s) URLs with a plain host, after removing what browsers ignore in a URL.
import { safeUrl } from '../../../src/customer-service/components/markdown/safe-url'

describe('safeUrl', () => {
  it.each([
    ['https://ok.example/a?b=1#c', 'https://ok.example/a?b=1#c'],
    ['http://ok.example', 'http://ok.example'],
    ['HTTPS://Ok.Example/A', 'https://Ok.Example/A'],
    ['https://ok.example:8443/x', 'https://ok.example:8443/x'],
    ['https://例子.example/路径', 'https://例子.example/路径'],
    [' \thttps://ok.example/a b\n', 'https://ok.example/ab'],
    ['\u200bhttps://ok.example\u00ad/x\ufeff', 'https://ok.example/x']
  ])('keeps %j as %j', (raw, url) => expect(safeUrl(raw)).toBe(url))

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' java\tscript:alert(1)', 'java\u0000script:alert(1)', '\u202ejavascript:x',
    'java&#115;cript:alert(1)', '&#104;ttps://ok.example', 'https&#58;//ok.example', 'https%3A//ok.example', 'vbscript:x',
    'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'mailto:a@ok.example',
    '//evil.example', '/\\evil.example', 'https:evil.example', 'https:/evil.example', 'https:\\\\evil.example',
    'https://', 'https:///evil.example', 'https://\\evil.example', 'https://ok.example@evil.example', 'https://a:b@evil.example/',
    '/pages/x', 'ok.example', '', 'https://ok.example/' + 'a'.repeat(3000)
  ])('rejects %j', (raw) => expect(safeUrl(raw)).toBeNull())

  it('rejects what is not a string', () => {
    expect(safeUrl(undefined)).toBeNull()
    expect(safeUrl({ toString: () => 'https://ok.example' })).toBeNull()
  })
})
