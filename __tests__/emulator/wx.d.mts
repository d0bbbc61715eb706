// Types for ./wx.mjs.
import type { ImServer } from './server.mjs'

export interface WxEnv {
  wx: Record<string, (...args: any[]) => any>
  calls: string[]
  storage: Map<string, unknown>
  sockets: { url: string; readonly readyState: number }[]
  setOnline(value: boolean): void
  readonly networkListenerCount: number
}

export function createWx(options: { server: ImServer }): WxEnv
