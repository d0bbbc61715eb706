// Text input, send button (and send on confirm), image from album or camera. Disabled with a
// reason while not connected. The draft lives in the store, per account, so it survives re-renders
// and account switches. The keyboard never covers it: on weapp the input does not push the page
// (adjustPosition false) and the composer lifts itself by the keyboard height.
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo, useState } from 'react'
import type { Translate } from '../../i18n/strings'

export interface ComposerProps {
  draft: string
  disabledReason?: string
  t: Translate
  onDraft: (text: string) => void
  onSend: (text: string) => void
  onImage: (image: unknown) => void
}

function pickImage(): Promise<unknown> {
  // chooseMedia on weapp; H5 builds get chooseImage (same tempFiles shape for our needs).
  if (process.env.TARO_ENV === 'weapp') {
    return Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
  }
  return Taro.chooseImage({ count: 1, sourceType: ['album', 'camera'] })
}

// Taro's H5 Button renders no button role; its typings do not list `role`, so it is spread in.
const BUTTON_ROLE = { role: 'button' } as Record<string, string>

export const Composer = memo(function Composer({ draft, disabledReason, t, onDraft, onSend, onImage }: ComposerProps) {
  const [keyboard, setKeyboard] = useState(0)
  const disabled = !!disabledReason
  const send = () => {
    if (disabled || !draft.trim()) return
    onSend(draft)
    onDraft('')
  }
  const image = () => {
    if (disabled) return
    pickImage().then(onImage, (err: { errMsg?: string }) => {
      // Cancelling the picker is not an error.
      if (!/cancel/i.test(err?.errMsg || '')) Taro.showToast({ title: t('err_imageSelection'), icon: 'none' })
    })
  }
  return (
    <View className='cs-composer' style={keyboard ? { paddingBottom: `${keyboard}px` } : undefined}>
      {disabled && <Text className='cs-composer__reason'>{disabledReason}</Text>}
      <View className='cs-composer__bar'>
        <View className={`cs-composer__image${disabled ? ' cs-composer__image--disabled' : ''}`} onClick={image} role='button' ariaLabel={t('image')}>
          ＋
        </View>
        <Input
          className='cs-composer__input'
          value={draft}
          placeholder={t('placeholder')}
          ariaLabel={t('placeholder')}
          confirmType='send'
          confirmHold
          adjustPosition={false}
          maxlength={2000}
          disabled={disabled}
          onInput={(e) => onDraft(e.detail.value)}
          onConfirm={send}
          onFocus={(e) => setKeyboard((e.detail as { height?: number }).height || 0)}
          onBlur={() => setKeyboard(0)}
          onKeyboardHeightChange={(e) => setKeyboard(e.detail.height || 0)}
        />
        <Button className='cs-composer__send' {...BUTTON_ROLE} disabled={disabled || !draft.trim()} onClick={send} ariaLabel={t('send')}>
          {t('send')}
        </Button>
      </View>
    </View>
  )
})
