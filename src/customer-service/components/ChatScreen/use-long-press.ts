// Long-press menu: copy any text; recall own messages within the SDK's two-minute limit.
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { ChatSession } from '../../session/service'
import type { ListItem } from '../../store/state'
import type { Translate } from '../../i18n/strings'

const RECALL_LIMIT_S = 120

function copyable(item: ListItem): string | undefined {
  const v = item.view
  if (v.kind === 'text') return v.text
  if (v.kind === 'richText' || v.kind === 'stream') return v.markdown
  return undefined
}

export function useLongPress(session: ChatSession, t: Translate) {
  return useCallback(
    (item: ListItem) => {
      const text = copyable(item)
      const canRecall = item.flow === 'out' && item.status === 'sent' && Date.now() / 1000 - item.time < RECALL_LIMIT_S
      const entries: [string, () => void][] = []
      if (text) entries.push([t('copy'), () => void Taro.setClipboardData({ data: text }).catch(() => undefined)])
      if (canRecall) entries.push([t('recall'), () => void session.revoke(item.id)])
      if (!entries.length) return
      Taro.showActionSheet({ itemList: entries.map((e) => e[0]) })
        .then((res) => entries[res.tapIndex]?.[1]())
        .catch(() => undefined)
    },
    [session, t]
  )
}
