// Launch-parameter extensions of the chat: toolbar buttons, quick order, several service accounts.
export { Toolbar } from './Toolbar'
export type { ToolbarProps } from './Toolbar'
export { QuickOrderCard } from './QuickOrderCard'
export type { QuickOrderCardProps } from './QuickOrderCard'
export { ServicePicker, accountLabel } from './ServicePicker'
export type { ServiceAccount, ServicePickerProps } from './ServicePicker'
