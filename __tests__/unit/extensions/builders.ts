// Builders for the extension tests: the seed's own launch examples, and props with jest mocks.
import { accountLabel } from '../../../src/customer-service/components/extensions'
import type { ServiceAccount, ServicePickerProps, ToolbarProps, QuickOrderCardProps } from '../../../src/customer-service/components/extensions'
import { translator } from '../../../src/customer-service/i18n/strings'
import type { Language, QuickOrder, ToolbarButton } from '../../../src/customer-service/launch/types'
import seed from '../../fixtures/seed-examples.json'

const ICON = 'https://tccc-im-agent-avatar-1258344699.cos.ap-nanjing.myqcloud.com/toolbar_button_1.png'

export const preset = (title: string, presetId: ToolbarButton['presetId'], o: Partial<ToolbarButton> = {}): ToolbarButton =>
  ({ title, icon: ICON, type: 1, content: '', isPreset: 1, presetId, isEnabled: 1, ...o })

export const custom = (title: string, type: 1 | 2, content: string, o: Partial<ToolbarButton> = {}): ToolbarButton =>
  ({ title, type, content, isPreset: 0, isEnabled: 1, ...o })

/** The seed's `toolbarButtonList`, plus a configured-but-hidden button. */
export const seedButtons = (): ToolbarButton[] => [
  preset('人工服务', 'humanService'),
  preset('服务评价', 'serviceRating'),
  preset('结束对话', 'endHumanService'),
  custom('查询包裹', 1, '查询包裹', { isEnabled: 0 }),
  custom('智能客服高级版', 1, '智能客服高级版')
]

export function toolbarProps(o: Partial<ToolbarProps> = {}): ToolbarProps {
  return {
    buttons: seedButtons(),
    phase: 'bot',
    t: translator('zh'),
    onPreset: jest.fn(),
    onSendText: jest.fn(),
    onOpenLink: jest.fn(),
    onDisabled: jest.fn(),
    ...o
  }
}

/** The seed's `bottomQuickOrder`. */
export const seedOrder = (o: Partial<QuickOrder> = {}): QuickOrder => ({ ...(seed.bottomQuickOrder as QuickOrder), ...o })

export const orderProps = (o: Partial<QuickOrderCardProps> = {}): QuickOrderCardProps =>
  ({ order: seedOrder(), t: translator('zh'), onSend: jest.fn(), onClose: jest.fn(), ...o })

/** Accounts labelled by accountLabel, with unread counts by position. */
export function accounts(ids: string[], unread: number[] = [], language: Language = 'zh'): ServiceAccount[] {
  const t = translator(language)
  return ids.map((id, i) => ({ id, label: accountLabel(id, i, t), unread: unread[i] ?? 0 }))
}

export const pickerProps = (o: Partial<ServicePickerProps> = {}): ServicePickerProps => ({
  accounts: accounts(['@customer_service_account', 'sales', 'after_sales'], [0, 3, 0]),
  current: '@customer_service_account',
  t: translator('zh'),
  onSwitch: jest.fn(),
  ...o
})
