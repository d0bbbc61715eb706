import { isPinned, MAX_SPAN, PINNED, rangeOf, revealNewer, revealOlder, WINDOW } from '../../../src/customer-service/components/list/window'
import { formatTime, linkSegments, MAX_LINKS } from '../../../src/customer-service/components/messages/format'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`)

describe('list window', () => {
  it('mounts only the newest WINDOW messages of a long history', () => {
    expect(rangeOf(ids(2000), PINNED)).toEqual([2000 - WINDOW, 2000])
    expect(rangeOf(ids(5), PINNED)).toEqual([0, 5])
  })

  it('stays put while pinned as messages arrive, then compacts past MAX_SPAN', () => {
    const list = ids(100)
    const w = { firstId: list[100 - WINDOW] }
    expect(rangeOf([...list, 'n1'], w)).toEqual([100 - WINDOW, 101])
    const grown = [...list, ...ids(MAX_SPAN).map((x) => `n${x}`)]
    const [start, end] = rangeOf(grown, w)
    expect(end - start).toBe(WINDOW)
  })

  it('reveals older messages by id, so prepended history does not move the window', () => {
    const list = ids(100)
    const older = revealOlder(list, PINNED)
    const [start, end] = rangeOf(list, older)
    expect(end).toBe(100)
    expect(start).toBe(100 - WINDOW - WINDOW / 2)
    const withHistory = [...ids(15).map((x) => `h${x}`), ...list]
    expect(rangeOf(withHistory, older)).toEqual([start + 15, end + 15])
  })

  it('keeps the mounted span bounded when scrolling far up, and re-pins when scrolling back down', () => {
    const list = ids(500)
    let w = PINNED
    for (let i = 0; i < 10; i++) w = revealOlder(list, w)
    const [s, e] = rangeOf(list, w)
    expect(e - s).toBeLessThanOrEqual(MAX_SPAN)
    expect(isPinned(w)).toBe(false)
    for (let i = 0; i < 40 && !isPinned(w); i++) w = revealNewer(list, w)
    expect(isPinned(w)).toBe(true)
    const [s2, e2] = rangeOf(list, w)
    expect(e2).toBe(500)
    expect(e2 - s2).toBeLessThanOrEqual(MAX_SPAN)
  })
})

describe('text formatting', () => {
  it('makes http(s) URLs and /pages/ paths links, nothing else', () => {
    expect(linkSegments('看这里 https://a.cn/x?y=1。谢谢')).toEqual([{ text: '看这里 ' }, { text: 'https://a.cn/x?y=1', link: 'https://a.cn/x?y=1' }, { text: '。谢谢' }])
    expect(linkSegments('打开 /pages/order/detail?id=3 即可')).toEqual([{ text: '打开 ' }, { text: '/pages/order/detail?id=3', link: '/pages/order/detail?id=3' }, { text: ' 即可' }])
    // A text made of links: the first MAX_LINKS are tappable, the rest is one plain segment.
    const many = Array.from({ length: 1000 }, (_, i) => `https://a.cn/${i}`).join(' ')
    const segments = linkSegments(many)
    expect(segments.filter((x) => x.link)).toHaveLength(MAX_LINKS)
    expect(segments.length).toBeLessThanOrEqual(2 * MAX_LINKS + 1)
    expect(segments.map((x) => x.text).join('')).toBe(many)
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.cn', 'a/pages/x', 'weixin://dl/x']) {
      expect(linkSegments(bad).every((s) => !s.link)).toBe(true)
    }
    expect(linkSegments('see (https://a.cn/b).')).toEqual([{ text: 'see (' }, { text: 'https://a.cn/b', link: 'https://a.cn/b' }, { text: ').' }])
  })

  it('formats times relative to today', () => {
    const now = Date.UTC(2026, 10, 21, 12, 0) / 1000
    expect(formatTime(now - 60, now)).toBe('11:59')
    expect(formatTime(now - 86400, now)).toBe('11-20 12:00')
    expect(formatTime(now - 400 * 86400, now)).toBe('2025-10-17 12:00')
  })
})
