// MessageList test builders: numbered text messages and the list's props with inert actions.
import type { MessageListProps } from '../../src/customer-service/components/list/MessageList'
import { translator } from '../../src/customer-service/i18n/strings'
import { toItem } from '../../src/customer-service/store/messages'
import type { ListItem } from '../../src/customer-service/store/state'
import { textMessage } from './messages'

const t = translator('zh')

/** Messages "消息 from" … "消息 from+n-1", a second apart, in order. */
export const listItems = (n: number, from = 0): ListItem[] => Array.from({ length: n }, (_, i) => toItem(textMessage(`消息 ${from + i}`, { time: 1_700_000_000 + from + i })))

export function listProps(list: ListItem[], o: Partial<MessageListProps> = {}): MessageListProps {
  return {
    items: list,
    historyLoading: false,
    historyCompleted: true,
    onLoadOlder: jest.fn(),
    t,
    rowProps: {
      t,
      actions: { answerMenu: jest.fn(), answerWorkflow: jest.fn(), submitForm: jest.fn(), submitRating: jest.fn(), previewImage: jest.fn(), openLink: jest.fn(), feedback: jest.fn() },
      self: {},
      showAINote: false,
      showFeedback: false,
      onResend: jest.fn(),
      onLongPress: jest.fn()
    },
    answers: {},
    ratedCards: [],
    now: 1_700_000_000,
    ...o
  }
}
