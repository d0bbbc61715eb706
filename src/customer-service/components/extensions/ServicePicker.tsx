// Switcher between several customer-service accounts (Desk UIKit `customerServiceIDList`).
// An in-page dropdown rather than the native Picker: it can show unread badges and is testable on H5.
import { Text, View } from '@tarojs/components'
import { memo, useState } from 'react'
import type { Translate } from '../../i18n/strings'
import { Chip } from './Chip'
import './extensions.scss'

export interface ServiceAccount {
  id: string
  label: string
  unread: number
}

export interface ServicePickerProps {
  accounts: ServiceAccount[]
  current: string
  t: Translate
  onSwitch(id: string): void
}

const DESK_DEFAULT = '@customer_service_account'
const MAX_LABEL = 16

/**
 * A readable default name for an account. Ids that mean nothing to a user get "客服 N" (N = position
 * in the list, 1-based): the Desk default account, system ids starting with "@", and ids containing a
 * long run of digits or hex (timestamps, uuids, hashes). Any other id is shown as is, cut to 16 chars.
 */
export function accountLabel(id: string, index: number, t: Translate): string {
  // Long ids would be cut to the same prefix (customerServiceID_001/_002 …): number them instead.
  if (id === DESK_DEFAULT || id.startsWith('@') || id.length > MAX_LABEL || /\d{6}|[\da-f]{12}/i.test(id)) return `${t('serviceName')} ${index + 1}`
  return id
}

export const ServicePicker = memo(function ServicePicker({ accounts, current, t, onSwitch }: ServicePickerProps) {
  const [open, setOpen] = useState(false)
  if (accounts.length < 2) return null
  const label = accounts.find((a) => a.id === current)?.label ?? current
  const pick = (id: string) => {
    setOpen(false)
    if (id !== current) onSwitch(id)
  }
  return (
    <View className='cs-picker'>
      <Chip className='cs-picker__current' label={`${t('switchService')}: ${label}`} onTap={() => setOpen(!open)}>
        <Text className='cs-picker__label'>{label}</Text>
        <Text className='cs-picker__caret'>▾</Text>
      </Chip>
      {open ? (
        <>
          {/* Tapping outside the list closes it, like a native dropdown. */}
          <View className='cs-picker__mask' onClick={() => setOpen(false)} />
          <View className='cs-picker__list'>
            {accounts.map((a) => {
              const on = a.id === current
              return (
                <Chip key={a.id} className={`cs-picker__item${on ? ' cs-picker__item--current' : ''}`} label={a.unread ? `${a.label} (${a.unread})` : a.label} pressed={on} onTap={() => pick(a.id)}>
                  <Text className='cs-picker__name'>{a.label}</Text>
                  {a.unread > 0 ? <Text className='cs-picker__badge'>{a.unread > 99 ? '99+' : a.unread}</Text> : null}
                </Chip>
              )
            })}
          </View>
        </>
      ) : null}
    </View>
  )
})
