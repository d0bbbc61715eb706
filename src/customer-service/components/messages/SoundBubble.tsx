// Voice bubble: tap to play, tap again to stop; while playing, elapsed / total and a bar. One player for the
// whole chat (module level): starting a voice stops the one playing, own or incoming. An error (a file that
// cannot be fetched or decoded, a URL we refuse) resets the bubble and says so.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { memo, useEffect, useState } from 'react'
import type { Translate } from '../../i18n/strings'
import { safeMediaUrl } from '../markdown/safe-url'

/** The playing bubble's state setter: seconds played, undefined when stopped. */
type Show = (at?: number) => void

let audio: Taro.InnerAudioContext | undefined
let owner: Show | undefined
let failText = ''

function stop(who?: Show, failed?: boolean) {
  if (!owner || (who && who !== owner)) return
  owner(undefined)
  owner = undefined
  audio?.stop()
  if (failed) Taro.showToast({ title: failText, icon: 'none' })
}

/** Stops whatever voice plays (a recording is about to start: the microphone would pick it up). */
export const stopPlayback = () => stop()

function play(src: string, show: Show) {
  stop()
  if (!audio) {
    const a = (audio = Taro.createInnerAudioContext())
    a.onTimeUpdate(() => owner?.(a.currentTime))
    a.onEnded(() => stop())
    a.onError(() => stop(owner, true))
  }
  owner = show
  show(0)
  audio.src = src
  audio.play()
}

export const SoundBubble = memo(function SoundBubble({ url, duration, t }: { url: string; duration: number; t: Translate }) {
  const [at, setAt] = useState<number>()
  // setAt is this bubble's identity for the player; leaving the screen stops what it plays.
  useEffect(() => () => stop(setAt), [])
  const total = Math.max(1, Math.round(duration) || 0)
  const done = Math.min(total, at || 0)
  const toggle = () => {
    failText = t('voicePlayFailed')
    const src = safeMediaUrl(url)
    if (at !== undefined) stop(setAt)
    else if (src) play(src, setAt)
    else Taro.showToast({ title: failText, icon: 'none' })
  }
  return (
    <View className={`cs-sound${at === undefined ? '' : ' cs-sound--playing'}`} onClick={toggle} role='button' ariaLabel={`${t('voice')} ${total}″`}>
      <Text className='cs-sound__icon'>{at === undefined ? '▶' : '■'}</Text>
      <View className='cs-sound__bar'>
        <View className='cs-sound__fill' style={{ width: `${Math.round((100 * done) / total)}%` }} />
      </View>
      <Text className='cs-sound__len'>{at === undefined ? total : `${Math.floor(done)}″/${total}`}″</Text>
    </View>
  )
})
