// Voice in the demo desk: the user's recording is echoed back playable (its own temp file), and the demo
// agent sends one short voice message after taking over. No audio asset ships with the template (size):
// the agent's clip is a soft two-note tone, written as a WAV (8 kHz, 8-bit, mono) at runtime.
import Taro from '@tarojs/taro'
import type { ChatMessage, MessageBody, SoundSource } from '../types'

const RATE = 8000
const SECONDS = 1.6

/** A 1.6 s RIFF/WAVE file: two notes, each fading in and out, quiet (±40 of 127). */
export function demoToneWav(): ArrayBuffer {
  const n = Math.round(SECONDS * RATE)
  const v = new DataView(new ArrayBuffer(44 + n))
  const text = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)))
  text(0, 'RIFF')
  v.setUint32(4, 36 + n, true)
  text(8, 'WAVEfmt ')
  v.setUint32(16, 16, true) // fmt chunk size
  v.setUint16(20, 1, true) // PCM
  v.setUint16(22, 1, true) // mono
  v.setUint32(24, RATE, true)
  v.setUint32(28, RATE, true) // bytes per second (1 byte per sample)
  v.setUint16(32, 1, true) // block align
  v.setUint16(34, 8, true) // bits per sample (unsigned, 128 = silence)
  text(36, 'data')
  v.setUint32(40, n, true)
  const half = n / 2
  for (let i = 0; i < n; i++) {
    const f = i < half ? 523 : 659
    const fade = Math.sin((Math.PI * (i % half)) / half)
    v.setUint8(44 + i, 128 + Math.round(40 * fade * Math.sin((2 * Math.PI * f * i) / RATE)))
  }
  return v.buffer as ArrayBuffer
}

let toneUrl: string | undefined

/**
 * Where the clip can be played from: a file in the user data folder (weapp), an object URL (H5). When neither
 * works the URL plays nothing and the bubble shows its error state, as a broken real message would.
 */
export function demoToneUrl(): string {
  if (toneUrl) return toneUrl
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const path = `${Taro.env.USER_DATA_PATH}/cs-demo-voice.wav`
      Taro.getFileSystemManager().writeFileSync(path, demoToneWav())
      toneUrl = path
    } else {
      toneUrl = URL.createObjectURL(new Blob([demoToneWav()], { type: 'audio/wav' }))
    }
  } catch {
    return 'demo://voice'
  }
  return toneUrl
}

export const DEMO_TONE_SECONDS = Math.round(SECONDS)

/** The user's recording as the demo stores it: the SDK rounds to whole seconds too. */
export function soundBody(sound: SoundSource): MessageBody {
  return { kind: 'sound', url: sound.tempFilePath || 'demo://voice', duration: Math.max(1, Math.round(sound.duration / 1000)), size: sound.fileSize || undefined }
}

/** The agent's demo voice message. */
export function agentVoice(say: (body: MessageBody) => ChatMessage): ChatMessage {
  return say({ kind: 'sound', url: demoToneUrl(), duration: DEMO_TONE_SECONDS, size: 44 + Math.round(SECONDS * RATE) })
}
