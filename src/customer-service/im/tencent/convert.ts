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

/** Most inner messages kept from one merged message (the IM merges at most 300), and how deep merges nest. */
const MAX_RELAY_MESSAGES = 300
const MAX_RELAY_DEPTH = 3

const list = (v: unknown): any[] => (Array.isArray(v) ? v : [])

function bodyOf(type: unknown, payload: any, depth = 0): MessageBody {
  const p = payload && typeof payload === 'object' ? payload : {}
  switch (String(type)) {
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
    // index.d.ts types payload as any; fields as the SDK's element classes set them (index.js: MSG_LOCATION
    // {description, longitude, latitude}, MSG_FACE {index, data}, MSG_MERGER {title, abstractList, messageList, downloadKey}).
    case 'TIMLocationElem':
      return { kind: 'location', description: str(p.description), latitude: num(p.latitude), longitude: num(p.longitude) }
    case 'TIMFaceElem':
      return { kind: 'face', index: num(p.index), data: str(p.data) }
    case 'TIMRelayElem':
      return relayOf(p, depth)
    default:
      return { kind: 'unknown', type: str(type) }
  }
}

/**
 * A merged message: inline when the SDK holds its inner messages (`messageList`); a long one is stored apart
 * (`downloadKey` set, list empty) and loaded through the transport's loadRelay (./relay.ts).
 */
function relayOf(p: any, depth: number): MessageBody {
  const body: MessageBody = { kind: 'relay', title: str(p.title), abstracts: list(p.abstractList).map(str) }
  if (!p.downloadKey) body.messages = depth < MAX_RELAY_DEPTH ? relayMessages(p.messageList, depth + 1) : []
  return body
}

/**
 * The inner messages of a merged message (the SDK's MergerElem items: ID, from, nick, avatar, time,
 * messageSequence, cloudCustomData and messageBody [{type, payload}]), as read-only ChatMessages.
 */
export function relayMessages(items: unknown, depth = 1): ChatMessage[] {
  return list(items)
    .slice(0, MAX_RELAY_MESSAGES)
    .map((m, i) => {
      const elem = list(m?.messageBody)[0] || {}
      const inner = { ...m, ID: m?.ID || `relay-${i}`, type: elem.type, payload: elem.payload, sequence: m?.messageSequence, conversationID: '', to: '', flow: 'in', status: '', isRevoked: false }
      return toChatMessage(inner, depth)
    })
}

function statusOf(s: string): SendStatus {
  if (s === 'fail') return 'failed'
  if (s === 'unSend') return 'sending'
  return 'sent'
}

export function toChatMessage(m: SdkMessageLike, depth = 0): ChatMessage {
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
    body: bodyOf(m.type, m.payload, depth)
  }
  if (m.nick) msg.nick = str(m.nick)
  if (m.avatar) msg.avatar = str(m.avatar)
  if (m.cloudCustomData) msg.cloudCustomData = str(m.cloudCustomData)
  if (m.hasRiskContent) msg.hasRiskContent = true
  return msg
}
