// Starting and cancelling a quote (引用). The pending quote lives in the store per account, like the draft;
// the session attaches it to the next text and clears it (session/sending.ts).
import { useCallback } from 'react'
import type { Translate } from '../../i18n/strings'
import { quoteFrom } from '../../protocol/quote'
import { senderOf } from '../../protocol/sender'
import type { ChatStore } from '../../store/chat-store'
import { setQuote } from '../../store/chat-store'
import type { ListItem } from '../../store/state'

export function useQuote(store: ChatStore, t: Translate) {
  /** Quotes a message the server has (not one still sending, failed or recalled). */
  const onQuote = useCallback(
    (m: ListItem) => {
      if (m.isRevoked || m.status !== 'sent') return
      // Named by nick, else (as the kits do) our user ID, or the desk's role as the row names it: its account ID means nothing.
      const sender = m.nick || (m.flow === 'out' ? m.from : t(senderOf(m.cloudCustomData).role === 'seat' ? 'agent' : 'bot'))
      setQuote(store, m.conversationId.slice(3), quoteFrom(m, sender, t('quoteTypes').split('|')))
    },
    [store, t]
  )
  const onCancelQuote = useCallback(() => setQuote(store, store.getState().current, undefined), [store])
  return { onQuote, onCancelQuote }
}
