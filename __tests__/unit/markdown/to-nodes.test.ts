// markdownToNodes: what markdown becomes, what partial (streaming) markdown becomes, and that nothing
// hostile gets through the allow-list or costs unbounded work.
import * as fc from 'fast-check'
import { extractLinks, markdownToNodes, MARKDOWN_LIMITS } from '../../../src/customer-service/components/markdown/to-nodes'
import type { RichTextNode } from '../../../src/customer-service/components/markdown/to-nodes'
import { countNodes, depthOf, elements, textOf, violations } from './tree'

const el = (name: string, cls: string, children?: RichTextNode[]): RichTextNode =>
  children ? { name, attrs: { class: cls }, children } : { name, attrs: { class: cls } }
const t = (text: string): RichTextNode => ({ type: 'text', text })
const p = (...children: RichTextNode[]) => el('p', 'md-p', children)

/** Renders and checks the allow-list on every render, so each test is also a safety test. */
function render(markdown: string, options?: { maxLength?: number }): RichTextNode[] {
  const nodes = markdownToNodes(markdown, options)
  expect(violations(nodes)).toEqual([])
  return nodes
}

describe('markdownToNodes: markdown', () => {
  it('headings, with their level', () => {
    expect(render('# One\n\n### Three')).toEqual([el('h1', 'md-h1', [t('One')]), el('h3', 'md-h3', [t('Three')])])
  })

  it('a hashtag is not a heading', () => {
    expect(render('#话题 one\n#话题 two')).toEqual([p(t('#话题 one'), el('br', 'md-br'), t('#话题 two'))])
    expect(render('text\n## Title\nmore')).toEqual([p(t('text')), el('h2', 'md-h2', [t('Title')]), p(t('more'))])
  })

  it('bold, italic, strikethrough, inline code', () => {
    expect(render('**b** *i* _j_ __u__ ~~d~~ `c`')).toEqual([p(
      el('strong', 'md-strong', [t('b')]), t(' '), el('em', 'md-em', [t('i')]), t(' '), el('em', 'md-em', [t('j')]), t(' '),
      el('strong', 'md-strong', [t('u')]), t(' '), el('del', 'md-del', [t('d')]), t(' '), el('code', 'md-code', [t('c')])
    )])
  })

  it('keeps inline code literal', () => {
    expect(render('`**not bold** <b>`')).toEqual([p(el('code', 'md-code', [t('**not bold** <b>')]))])
  })

  it('fenced and indented code blocks, lines as breaks, markdown inside left alone', () => {
    const code = (...children: RichTextNode[]) => el('pre', 'md-pre', [el('code', 'md-code-block', children)])
    const br = el('br', 'md-br')
    expect(render('```js\nconst a = 1\n  **b**\n```')).toEqual([code(t('const a = 1'), br, t('  **b**'))])
    expect(render('    indented\n    code')).toEqual([code(t('indented'), br, t('code'))])
  })

  it('a fence right after a line of text (as answers write it) is still a code block', () => {
    expect(render('说明：\n```\nx\n```\n之后')).toEqual([
      p(t('说明：')), el('pre', 'md-pre', [el('code', 'md-code-block', [t('x')])]), p(t('之后'))
    ])
  })

  it('nested lists, ordered and not', () => {
    const li = (...c: RichTextNode[]) => el('li', 'md-li', c)
    expect(render('- a\n  - b\n- c')).toEqual([el('ul', 'md-ul', [li(t('a'), el('br', 'md-br'), el('ul', 'md-ul', [li(t('b'))])), li(t('c'))])])
    expect(render('1. x\n2. y')).toEqual([el('ol', 'md-ol', [li(t('x')), li(t('y'))])])
  })

  it('a list right after a line of text is a list', () => {
    expect(render('步骤：\n1. 登录\n2. 下单')).toEqual([p(t('步骤：')), el('ol', 'md-ol', [el('li', 'md-li', [t('登录')]), el('li', 'md-li', [t('下单')])])])
  })

  it('blockquote and rule; single newlines are line breaks', () => {
    expect(render('> quoted\n> more\n\n---\n\na\nb')).toEqual([
      el('blockquote', 'md-quote', [p(t('quoted'), el('br', 'md-br'), t('more'))]),
      el('hr', 'md-hr'),
      p(t('a'), el('br', 'md-br'), t('b'))
    ])
  })

  it('tables, with column alignment as our classes', () => {
    const nodes = render('如下：\n| 名称 | 价格 |\n|:--|--:|\n| 茶 | 5 |\n| 咖啡 | **12** |')
    expect(nodes[0]).toEqual(p(t('如下：')))
    const tr = (...c: RichTextNode[]) => el('tr', 'md-tr', c)
    expect(nodes[1]).toEqual(el('table', 'md-table', [
      el('thead', 'md-thead', [tr(el('th', 'md-th md-left', [t('名称')]), el('th', 'md-th md-right', [t('价格')]))]),
      el('tbody', 'md-tbody', [
        tr(el('td', 'md-td md-left', [t('茶')]), el('td', 'md-td md-right', [t('5')])),
        tr(el('td', 'md-td md-left', [t('咖啡')]), el('td', 'md-td md-right', [el('strong', 'md-strong', [t('12')])]))
      ])
    ]))
  })

  it('links show their text, then the URL when the text does not already show it', () => {
    expect(render('[帮助中心](https://help.example.com/a?b=1)')).toEqual([p({
      name: 'a', attrs: { class: 'md-a', href: 'https://help.example.com/a?b=1' },
      children: [t('帮助中心'), el('span', 'md-url', [t('https://help.example.com/a?b=1')])]
    })])
    const same = { name: 'a', attrs: { class: 'md-a', href: 'https://x.com/a' }, children: [t('https://x.com/a')] }
    expect(render('[https://x.com/a](https://x.com/a)')).toEqual([p(same)])
    expect(render('<https://x.com/a>')).toEqual([p(same)])
    expect(render('see https://x.com/a。')).toEqual([p(t('see '), same, t('。'))])
  })

  it('a bare URL ends where Chinese text starts', () => {
    const nodes = render('访问https://x.com/a获取')
    expect(elements(nodes).find((n) => n.name === 'a')?.attrs?.href).toBe('https://x.com/a')
    expect(textOf(nodes)).toBe('访问https://x.com/a获取')
  })

  it('reference links resolve through their definition; definitions are not shown', () => {
    expect(render('[docs][1]\n\n[1]: https://d.example.com')).toEqual([p({
      name: 'a', attrs: { class: 'md-a', href: 'https://d.example.com' },
      children: [t('docs'), el('span', 'md-url', [t('https://d.example.com')])]
    })])
  })

  it('images: http(s) src, alt, a class that limits the width', () => {
    expect(render('![商品图](https://img.example.com/p.png)')).toEqual([p({ name: 'img', attrs: { class: 'md-img', src: 'https://img.example.com/p.png', alt: '商品图' } })])
    expect(render('![](http://img.example.com/p.png)')).toEqual([p({ name: 'img', attrs: { class: 'md-img', src: 'http://img.example.com/p.png' } })])
  })

  it('raw HTML is text', () => {
    expect(render('<b>hi</b> <div onclick="x()">d</div>')).toEqual([p(t('<b>hi</b> <div onclick="x()">d</div>'))])
  })

  it('empty and non-string input give no nodes', () => {
    expect(render('')).toEqual([])
    expect(render(undefined as unknown as string)).toEqual([])
  })
})

describe('markdownToNodes: streaming (partial markdown)', () => {
  it('an unclosed bold shows its text', () => {
    expect(textOf(render('Hello **wor'))).toBe('Hello **wor')
  })

  it('an unclosed code fence renders as code so far', () => {
    expect(render('```js\nconst a')).toEqual([el('pre', 'md-pre', [el('code', 'md-code-block', [t('const a')])])])
    expect(elements(render('```js')).map((n) => n.name)).toEqual(['pre', 'code'])
  })

  it('an unfinished table shows the rows it has', () => {
    const header = render('| a | b |\n|--')
    expect(elements(header).map((n) => n.name)).toEqual(['table', 'thead', 'tr', 'th', 'th'])
    const oneRow = render('| a | b |\n|---|---|\n| 1 |')
    expect(textOf(oneRow)).toBe('ab1')
  })

  it('an unfinished link shows its text and makes no link yet', () => {
    const nodes = render('see [docs](ht')
    expect(elements(nodes).some((n) => n.name === 'a')).toBe(false)
    expect(textOf(nodes)).toBe('see [docs](ht')
  })

  it('every prefix of an answer renders within the allow-list', () => {
    const answer = '# 订单\n\n您好，**请确认**：\n\n| 商品 | 数量 |\n|---|--:|\n| 茶 | 2 |\n\n1. 打开[订单页](https://shop.example.com/o?id=1)\n2. 点击 `确认`\n\n```\ncode\n```\n> 备注 ![图](https://img.example.com/a.png)'
    for (let i = 0; i <= answer.length; i++) render(answer.slice(0, i))
  })
})

// Each payload must come out inert: checked by render() (tags, attributes, classes, http(s) only, no on*).
const XSS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://cdn.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://ok.example/a.png" onload="alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<style>body{display:none}</style>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=https://ok.example onclick=alert(1)>x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#115;cript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript&#x3A;alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](\tjavascript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](java\u0000script:alert(1))',
  '[x](\u200bjavascript:alert(1))',
  '[x](java\nscript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](//evil.example/x)',
  '[x](/\\evil.example)',
  '[x](https:evil.example)',
  '[x](https:/\\evil.example)',
  '[x](https://ok.example@evil.example)',
  '[x](file:///etc/passwd)',
  '[x](<javascript:alert(1)>)',
  '[x](javascript:alert(1) "title")',
  '[x](\\javascript:alert(1))',
  '[x](%6A%61vascript:alert(1))',
  '[x](\u006a\u0061vascript:alert(1))',
  '![x](javascript:alert(1))',
  '![x](JAVASCRIPT:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](data:text/html,<script>alert(1)</script>)',
  '![x" onerror="alert(1)](https://ok.example/a.png)',
  '![x](https://ok.example/a.png" onerror="alert(1))',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '![x][r]\n\n[r]: javascript:alert(1)',
  '[x][r]\n\n[r]: <javascript:alert(1)>',
  '[r]: javascript:alert(1)\n\n[r]',
  '<javascript:alert(1)>',
  '<javascript://%0Aalert(1)>',
  '<vbscript://x>',
  '<data:text/html,<script>alert(1)</script>>',
  '<mailto:a@evil.example>',
  '<a@evil.example>',
  'javascript:alert(1)',
  'https://ok.example/"><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '**<img src=x onerror=alert(1)>**',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '| <script>alert(1)</script> | [x](javascript:alert(1)) |\n|---|---|\n| <img onerror=alert(1)> | ![y](javascript:z) |',
  '> <iframe src=javascript:alert(1)>',
  '- [x](javascript:alert(1))\n  - ![y](data:text/html,z)',
  '[![img](javascript:a)](javascript:b)',
  '[[x](javascript:a)](https://ok.example)',
  '[x](https://ok.example "onmouseover=alert(1)")',
  '[onerror](https://ok.example) ![onload](https://ok.example/a.png)',
  '# <script>alert(1)</script>\n\n## [x](javascript:alert(1))'
]

describe('markdownToNodes: hostile input', () => {
  it(`keeps ${XSS.length} payloads inert`, () => {
    expect(XSS.length).toBeGreaterThanOrEqual(40)
    for (const payload of XSS) {
      const nodes = render(payload)
      const urls = elements(nodes).flatMap((n) => [n.attrs?.href, n.attrs?.src]).filter(Boolean)
      for (const url of urls) expect(url).not.toMatch(/javascript|vbscript|data:|evil/i)
    }
  })

  it.each(['[x](//evil.example/x)', '[x](/\\evil.example)', '[x](https:evil.example)', '[x](https:/\\evil.example)',
    '[x](https://ok.example@evil.example)', '[x](https://\\evil.example)', '[x](https://)', '![x](//evil.example/a.png)'])(
    'host tricks make no link: %s', (payload) => {
      expect(elements(render(payload)).filter((n) => n.name === 'a' || n.name === 'img')).toEqual([])
    })

  it('keeps payload text visible as text, not as elements', () => {
    const nodes = render('<script>alert(1)</script>')
    expect(elements(nodes).map((n) => n.name)).toEqual(['p'])
    expect(textOf(nodes)).toBe('<script>alert(1)</script>')
  })

  it('a rejected link keeps its text and drops the target', () => {
    const nodes = render('[点我](javascript:alert(1))')
    expect(nodes).toEqual([p(t('点我'))])
  })

  it('a rejected image shows its alt text', () => {
    expect(render('![图](javascript:alert(1))')).toEqual([p(t('图'))])
  })

  it('random markdown-like input stays within the allow-list and the caps', () => {
    const unit = fc.constantFrom('*', '**', '_', '`', '```\n', '[', ']', '(', ')', '![', '<', '>', '|', '-', '# ', '\n', '\n\n',
      '    ', 'a', '字', 'https://ok.example/x', 'javascript:alert(1)', ' onerror=', '&#106;', '\t', ':', '"', '\\', '1. ', '~~')
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
      const nodes = render(s)
      expect(countNodes(nodes)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxNodes)
      expect(depthOf(nodes)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxDepth)
    }), { numRuns: 300 })
  })
})

describe('markdownToNodes: bounded cost', () => {
  const bounded = (nodes: RichTextNode[]) => {
    expect(violations(nodes)).toEqual([])
    expect(countNodes(nodes)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxNodes)
    expect(depthOf(nodes)).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxDepth)
  }

  it('cuts a 1 MB answer at maxLength and says so', () => {
    const nodes = markdownToNodes('**word** [l](https://ok.example) '.repeat(32000))
    bounded(nodes)
    expect(countNodes(nodes)).toBeGreaterThan(MARKDOWN_LIMITS.maxNodes / 2)
    expect(nodes[nodes.length - 1]).toEqual(el('p', 'md-p md-more', [t('…')]))
  })

  it('honours a smaller maxLength', () => {
    expect(markdownToNodes('abcdefghij', { maxLength: 4 })).toEqual([p(t('abcd')), el('p', 'md-p md-more', [t('…')])])
  })

  it('cuts at maxNodes', () => {
    const nodes = markdownToNodes('a  \n'.repeat(5000))
    bounded(nodes)
    expect(countNodes(nodes)).toBe(MARKDOWN_LIMITS.maxNodes)
  })

  it.each([
    ['>', '>'.repeat(10000) + ' x'],
    ['> ', '> '.repeat(10000) + 'x'],
    ['[', '['.repeat(10000) + 'x' + ']'.repeat(10000)],
    ['[…](', '[a]('.repeat(10000)],
    ['![', '!['.repeat(10000)],
    ['list', Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + '- a').join('\n')],
    ['- ', '- '.repeat(10000) + 'x'],
    ['*', '*'.repeat(10000) + 'x' + '*'.repeat(10000)],
    ['**_', '**_'.repeat(5000) + 'x' + '_**'.repeat(5000)],
    ['`', '`'.repeat(20000)],
    ['> `', '> ' + '`'.repeat(20000)],
    ['\\t`', '\t' + '`'.repeat(20000)],
    ['|', '|'.repeat(20000)],
    ['<', '<'.repeat(20000)],
    ['<a@', '<a@'.repeat(7000)],
    ['spaces', '- a' + ' '.repeat(20000) + 'b'],
    ['tabs', '- a' + '\t'.repeat(20000) + 'b'],
    ['table rows', '| a |\n|---|\n' + '| b |\n'.repeat(5000)],
    ['deep table', '> '.repeat(11) + '| a |\n' + '> '.repeat(11) + '|---|\n' + '> '.repeat(11) + '| [**x**](https://ok.example) |']
  ])('nested or repeated %s: renders under the caps', (_name, input) => {
    bounded(markdownToNodes(input))
  })
})

describe('extractLinks', () => {
  it('lists the http(s) links in order, once each', () => {
    expect(extractLinks('[a](https://a.example/x) https://b.example <http://c.example/y> [again](https://a.example/x) [d][1]\n\n[1]: https://d.example'))
      .toEqual(['https://a.example/x', 'https://b.example', 'http://c.example/y', 'https://d.example'])
  })

  it('leaves out everything that is not http(s), and images', () => {
    const links = extractLinks(XSS.join('\n\n'))
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link).toMatch(/^https:\/\/(ok|cdn)\.example(\/[\w./]*)?$/)
    expect(extractLinks('![i](https://img.example/a.png)')).toEqual([])
  })
})
