// The soak runs with the memory bound on (the user follows the newest messages), so the store holds a window.
// The fault matrix's invariants read `run.messages` as everything the user can see: here that is the held window
// plus what a scroll back would page in — the server's messages older than the oldest held one, while history is
// incomplete. A dropped message that came back live would then show twice or out of order: the checks see it.
import { compareItems, mergeMessages } from '../../src/customer-service/store/messages'
import type { ListItem } from '../../src/customer-service/store/state'
import type { Run } from '../unit/reliability/harness'
import { ACCOUNT } from '../unit/reliability/harness'

export function withHistory(run: Run): Run {
  const c = run.store.getState().conversations[ACCOUNT]
  const oldest = c.messages.find((m) => m.status !== 'sending' && m.status !== 'failed')
  if (c.historyCompleted || !oldest) return run
  const behind = run.desk
    .serverLog(ACCOUNT)
    .filter((m) => m.status === 'sent' && compareItems(m, oldest) < 0)
    .sort(compareItems)
  const all: ListItem[] = mergeMessages(mergeMessages([], behind, 'keep'), c.messages, 'keep')
  return Object.create(run, { messages: { get: () => all } }) as Run
}
