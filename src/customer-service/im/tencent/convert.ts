// SDK Message → plain ChatMessage. Pure: works on any object shaped like the SDK's Message.
import type { ChatMessage, MessageBody, SendStatus } from '../types'

/** The fields of the SDK's Message that we read (a subset of its index.d.ts Message). */
export interface SdkMessageLike {
  ID: string
  type: unknown
  payload: any
  conversationID: string
  from: string
  to: string
  flow: string
  time: number
  status: string
  isRevoked: boolean
  nick?: string
  avatar?: string
  sequence?: number
  cloudCustomData?: string
  hasRiskContent?: boolean
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v))
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0)

function bodyOf(m: SdkMessageLike): MessageBody {
  const p = m.payload || {}
  switch (String(m.type)) {
    case 'TIMTextElem':
      return { kind: 'text', text: str(p.text) }
    case 'TIMCustomElem':
      return { kind: 'custom', data: str(p.data), description: p.description ? str(p.description) : undefined, extension: p.extension ? str(p.extension) : undefined }
    case 'TIMImageElem': {
      // imageInfoArray: type 0 original, 1 large, 2 thumbnail.
      const infos: any[] = Array.isArray(p.imageInfoArray) ? p.imageInfoArray : []
      const pick = (t: number) => infos.find((i) => Number(i?.type) === t)
      const large = pick(1) || pick(0) || infos[0] || {}
      const thumb = pick(2) || large
      return { kind: 'image', url: str(large.url || large.imageUrl), thumbUrl: str(thumb.url || thumb.imageUrl) || undefined, width: num(large.width) || undefined, height: num(large.height) || undefined }
    }
    case 'TIMVideoFileElem':
      return { kind: 'video', url: str(p.videoUrl || p.remoteVideoUrl), coverUrl: str(p.thumbUrl) || undefined, duration: num(p.videoSecond) || undefined }
    case 'TIMFileElem':
      return { kind: 'file', url: str(p.fileUrl), name: str(p.fileName), size: num(p.fileSize) }
    case 'TIMSoundElem':
      return { kind: 'sound', url: str(p.url || p.remoteAudioUrl), duration: num(p.second), size: num(p.size) || undefined }
    default:
      return { kind: 'unknown', type: str(m.type) }
  }
}

function statusOf(s: string): SendStatus {
  if (s === 'fail') return 'failed'
  if (s === 'unSend') return 'sending'
  return 'sent'
}

export function toChatMessage(m: SdkMessageLike): ChatMessage {
  const msg: ChatMessage = {
    id: str(m.ID),
    conversationId: str(m.conversationID),
    from: str(m.from),
    to: str(m.to),
    flow: m.flow === 'out' ? 'out' : 'in',
    time: num(m.time),
    sequence: num(m.sequence),
    status: statusOf(m.status),
    isRevoked: !!m.isRevoked,
    body: bodyOf(m)
  }
  if (m.nick) msg.nick = str(m.nick)
  if (m.avatar) msg.avatar = str(m.avatar)
  if (m.cloudCustomData) msg.cloudCustomData = str(m.cloudCustomData)
  if (m.hasRiskContent) msg.hasRiskContent = true
  return msg
}
