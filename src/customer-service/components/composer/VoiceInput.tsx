// Hold-to-talk (weapp, a human agent in seat), in the text input's place. The microphone: why first (once,
// remembered in storage), then authorize; once refused only the settings page can turn it on, so that is
// offered and the button says the microphone is off. One recording per press: slide up > 50 px to cancel,
// under 1 s is too short, the recorder stops itself at 60 s and that recording is sent. A recording the press
// no longer wants (cancelled, too short, a call or the background took the microphone, the input left the
// screen) is stopped and nothing of it is sent; a voice playing stops when a recording starts.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { SoundSource } from '../../im/types'
import type { StringKey, Translate } from '../../i18n/strings'
import { stopPlayback } from '../messages/SoundBubble'

const toast = (title: string) => Taro.showToast({ title, icon: 'none' })

/** WeChat shows no dialog at all for a button label over 4 characters: only the short modal* keys (packs test). */
type ModalKey = Extract<StringKey, `modal${string}`>
const confirmed = (t: Translate, content: string, ok: ModalKey) =>
  Taro.showModal({ content, confirmText: t(ok), cancelText: t('modalLater') }).then((res) => res.confirm)

/** true granted, false refused, undefined not asked yet (or the explanation was dismissed). Never rejects. */
async function askMic(t: Translate): Promise<boolean | undefined> {
  try {
    const state = (await Taro.getSetting()).authSetting['scope.record']
    if (state) return true
    if (state === false) return (await confirmed(t, t('voiceSettingsWhy'), 'modalSettings')) && !!(await Taro.openSetting()).authSetting['scope.record']
    if (!Taro.getStorageSync('cs-voice-why')) {
      Taro.setStorageSync('cs-voice-why', 1)
      if (!(await confirmed(t, t('voiceWhy'), 'modalOk'))) return undefined
    }
    await Taro.authorize({ scope: 'scope.record' })
    return true
  } catch {
    return false
  }
}

/** Where the finger is (Taro types touch handlers with its generic event). */
const yOf = (e: object) => (e as { touches?: { clientY: number }[] }).touches?.[0]?.clientY

export function VoiceInput({ t, disabled, onVoice }: { t: Translate; disabled: boolean; onVoice: (s: SoundSource) => void }) {
  const [mic, setMic] = useState<boolean>()
  /** While the finger is down: whether letting go now cancels. */
  const [cancel, setCancel] = useState<boolean>()
  // on: a press owns the recorder until its stop reports; held: the finger is down; wait: until then a dropped
  // recording may still report its stop, and a new press would take that report for its own.
  const r = useRef({ on: false, held: false, cancel: false, y: 0, at: 0, wait: 0, t, onVoice }).current
  Object.assign(r, { t, onVoice })
  const rm = Taro.getRecorderManager()
  const ask = () => askMic(r.t).then(setMic)
  const idle = () => {
    r.on = r.held = false
    setCancel(undefined)
  }
  /** Stops the recorder for good: this press sends nothing. */
  const drop = () => {
    if (!r.on) return
    idle()
    r.wait = Date.now() + 1000
    rm.stop()
  }
  /** The recorder stopped (res) or failed (no res). */
  const finish = (res?: SoundSource) => {
    r.wait = 0
    if (!r.on) return
    idle()
    const duration = res?.duration || Date.now() - r.at
    if (r.cancel) return
    if (!res?.tempFilePath) toast(r.t('voiceFailed'))
    else if (duration < 1000) toast(r.t('voiceTooShort'))
    else r.onVoice({ tempFilePath: res.tempFilePath, duration, fileSize: res.fileSize })
  }
  // WeChat has one RecorderManager for the whole mini program, and no off-methods: a later on* call replaces
  // ours (another page, the host app), so every press puts its handlers back. A stale or repeated call is
  // harmless: each handler acts only for the press that owns the recorder (r.on).
  const listen = () => {
    rm.onStop(finish)
    rm.onError(() => finish())
    // Let go before the recorder got going: it would record on to the 60 s limit.
    rm.onStart(() => {
      if (!r.on) rm.stop()
    })
    // A call or WeChat voice chat took the microphone, or the app went to the background: the recording pauses.
    rm.onInterruptionBegin(drop)
    rm.onPause(drop)
  }

  useEffect(() => {
    // Opening voice input asks, so the explanation comes before the first press.
    ask()
    // Leaving mid-press (the agent leaves, the chat closes): the recorder stops, nothing is sent.
    return drop
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per voice input
  }, [])

  /** Let go (abort: the system took the touch). Sent only from onStop, when long enough and not cancelled. */
  const release = (abort?: boolean) => {
    if (!r.on || !r.held) return
    r.held = false
    setCancel(undefined)
    if (abort || r.cancel) return drop()
    if (Date.now() - r.at >= 1000) return rm.stop()
    toast(t('voiceTooShort'))
    drop()
  }
  return (
    <View
      className={`cs-composer__input cs-voice${mic === false ? ' cs-voice--off' : ''}${cancel ? ' cs-voice--cancel' : ''}`}
      role='button'
      onTouchStart={(e) => {
        if (disabled || r.on || Date.now() < r.wait) return
        if (!mic) return void ask()
        stopPlayback()
        listen()
        Object.assign(r, { on: true, held: true, cancel: false, y: yOf(e), at: Date.now() })
        setCancel(false)
        rm.start({ format: 'mp3', duration: 60000, sampleRate: 16000, numberOfChannels: 1 })
      }}
      onTouchMove={(e) => {
        const up = r.y - (yOf(e) ?? r.y) > 50
        if (r.held && up !== r.cancel) setCancel((r.cancel = up))
      }}
      onTouchEnd={() => release()}
      onTouchCancel={() => release(true)}
    >
      {t(mic === false ? 'voiceDenied' : 'voiceHold')}
      {cancel !== undefined && (
        <View className='cs-voice__tip' role='status'>
          {t(cancel ? 'voiceReleaseCancel' : 'voiceSlideCancel')}
        </View>
      )}
    </View>
  )
}
