// WeChat's own customer-service window (微上客, Qiyu, Sobot … receive the messages): a Button with
// open-type="contact". Outside WeChat (H5) there is no such window: the button says so when tapped.
import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'

export interface ContactDetail {
  path: string
  query: Record<string, unknown>
}

export interface ContactButtonProps {
  /** Passed to the service on entering the chat (e.g. buildWskSessionFrom(...).sessionFrom). */
  sessionFrom?: string
  sendMessageTitle?: string
  sendMessagePath?: string
  sendMessageImg?: string
  showMessageCard?: boolean
  /** The user tapped the mini-program card inside the chat window. */
  onContact?: (detail: ContactDetail) => void
  className?: string
  children: ReactNode
}

export const NOT_IN_WECHAT = '请在微信中打开小程序，即可联系客服'

export function ContactButton(props: ContactButtonProps) {
  const { sessionFrom, sendMessageTitle, sendMessagePath, sendMessageImg, showMessageCard, onContact, className, children } = props
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <Button
      className={className}
      openType='contact'
      sessionFrom={sessionFrom}
      sendMessageTitle={sendMessageTitle}
      sendMessagePath={sendMessagePath}
      sendMessageImg={sendMessageImg}
      showMessageCard={showMessageCard}
      onContact={(e) => onContact?.({ path: e.detail.path, query: e.detail.query || {} })}
      onClick={h5 ? () => void Taro.showModal({ title: '联系客服', content: NOT_IN_WECHAT, showCancel: false }) : undefined}
    >
      {children}
    </Button>
  )
}
