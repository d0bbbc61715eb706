// Text input, send button (and send on confirm), image from album or camera. Disabled with a
// reason while not connected. The draft lives in the store, per account, so it survives re-renders
// and account switches. The keyboard never covers it: on weapp the input does not push the page
// (adjustPosition false) and the composer lifts itself by the keyboard height; the emoji panel takes
// the keyboard's place (use-emoji.ts).
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo, useEffect, useState } from 'react'
import type { SoundSource } from '../../im/types'
import type { Translate } from '../../i18n/strings'
import { EmojiPanel } from './EmojiPanel'
import { QuoteBar } from './QuoteBar'
import { useEmoji } from './use-emoji'
import { VoiceInput } from './VoiceInput'

export interface ComposerProps {
  draft: string
  disabledReason?: string
  t: Translate
  onDraft: (text: string) => void
  onSend: (text: string) => void
  onImage: (image: unknown) => void
  /** The message the next text quotes (QuoteBar above the input) and how to cancel it. */
  quote?: { sender: string; abstract: string }
  onCancelQuote?: () => void
  /** Hold-to-talk offered (weapp, a human agent in seat): a 🎤/⌨ toggle swaps the input for VoiceInput. */
  voice?: boolean
  onVoice?: (sound: SoundSource) => void
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

export const Composer = memo(function Composer({ draft, disabledReason, t, onDraft, onSend, onImage, quote, onCancelQuote, voice, onVoice }: ComposerProps) {
  const emoji = useEmoji(draft, onDraft)
  const [talk, setTalk] = useState(false)
  // Hold-to-talk and the emoji panel exclude each other; a quote starting brings the text input back (it is for text).
  const quoting = !!quote
  useEffect(() => {
    if (quoting) setTalk(false)
  }, [quoting])
  const talking = !!voice && talk
  const toggleTalk = () => {
    if (!talk) emoji.close()
    setTalk(!talk)
  }
  const toggleEmoji = () => {
    setTalk(false)
    emoji.toggle()
  }
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
    <View className='cs-composer' style={emoji.style}>
      {disabled && <Text className='cs-composer__reason'>{disabledReason}</Text>}
      {/* A quote is for text: it waits, hidden, while the user talks, and comes back with the keyboard. */}
      {quote && !talking && <QuoteBar sender={quote.sender} text={quote.abstract} t={t} onCancel={onCancelQuote} />}
      <View className='cs-composer__bar'>
        <View className={`cs-composer__image${disabled ? ' cs-composer__image--disabled' : ''}`} onClick={image} role='button' ariaLabel={t('image')}>
          ＋
        </View>
        {voice && (
          <View className='cs-composer__emoji' onClick={toggleTalk} role='button' ariaLabel={t(talk ? 'keyboard' : 'voice')}>
            {talk ? '⌨' : '🎤'}
          </View>
        )}
        {talking ? <VoiceInput t={t} disabled={disabled} onVoice={(s) => onVoice?.(s)} /> : <Input
          className='cs-composer__input'
          value={draft}
          placeholder={t('placeholder')}
          ariaLabel={t('placeholder')}
          confirmType='send'
          confirmHold
          adjustPosition={false}
          maxlength={2000}
          disabled={disabled}
          onConfirm={send}
          {...emoji.input}
        />}
        {!talking && (
          <View className='cs-composer__emoji' onClick={toggleEmoji} role='button' ariaLabel={t(emoji.open ? 'keyboard' : 'emoji')}>
            {emoji.open ? '⌨' : '😊'}
          </View>
        )}
        <Button className='cs-composer__send' {...BUTTON_ROLE} disabled={disabled || !draft.trim()} onClick={send} ariaLabel={t('send')}>
          {t('send')}
        </Button>
      </View>
      {emoji.open && <EmojiPanel t={t} recent={emoji.recent} height={emoji.height} onPick={emoji.pick} onErase={emoji.erase} />}
    </View>
  )
})
