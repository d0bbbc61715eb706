/** Launch contract types: what a host passes to the chat page and what the page gets back. */

import type { Language } from './languages'

export type { Language }

export type PresetId =
  | 'humanService'
  | 'serviceRating'
  | 'endHumanService'
  // #19 ours, not the kit's (its TOOLBAR_BUTTON_TYPE has only the three above): see docs/desk-protocol.md §6.
  | 'transferToHuman'
  | 'transferToTaskFlow'
  | 'endBotService'
  | 'botRating'

/**
 * `transferToHumanOptions`: the kit reads this launch param (ai-desk-customer-wechat 1.5.11) but its fields are
 * unseen. Ours, named after the Desk's REST transfer API (AgentIdList, AgentGroupId); at least one is set.
 */
export interface TransferToHumanOptions {
  agentIdList?: string[]
  agentGroupId?: number
}

/** `transferToTaskFlowOptions` (fields ours, as above): the task flow to start. */
export interface TransferToTaskFlowOptions {
  taskFlowId: string | number
}

/** Desk shapes no Tencent kit confirms, sent only when the host names them in `unconfirmedDeskShapes`. */
export type UnconfirmedShape = 'transfer' | 'botSession' | 'optionLinks'

/** One toolbar button, as in Tencent Desk UIKit's `toolbarButtonList`. */
export interface ToolbarButton {
  title: string
  icon?: string
  /** 1: a built-in action named by `presetId`; 0: custom (`type` + `content`). */
  isPreset: 0 | 1
  presetId?: PresetId
  /** 1: shown; 0: configured but hidden. */
  isEnabled: 0 | 1
  content?: string
  /** 1: send `content` as text; 2: open `content` as a URL or mini-program path. */
  type: 1 | 2
  /** transferToHuman / transferToTaskFlow presets: this button's own target (else the launch param's). */
  options?: TransferToHumanOptions | TransferToTaskFlowOptions
}

export interface QuickOrderField {
  name: string
  value: string
}

/** The order card offered at the bottom of the chat (`bottomQuickOrder`). */
export interface QuickOrder {
  header: string
  desc: string
  pic?: string
  url: string
  customField?: QuickOrderField[]
}

/** Fully resolved launch parameters: defaults applied, everything validated. */
export interface LaunchParams {
  /** 'desk' talks to Tencent AI Desk; 'demo' to the embedded demo desk. */
  mode: 'desk' | 'demo'
  SDKAppID?: number
  userID?: string
  userSig?: string
  nickName?: string
  avatar?: string
  toolbarButtonList: ToolbarButton[]
  bottomQuickOrder?: QuickOrder
  /** Never empty: defaults to [customerServiceID]. */
  customerServiceIDList: string[]
  customerServiceID: string
  language: Language
  enableFeedback: boolean
  enableAINote: boolean
  transferToHumanOptions?: TransferToHumanOptions
  transferToTaskFlowOptions?: TransferToTaskFlowOptions
  /** Absent: only kit-confirmed shapes go on the wire. */
  unconfirmedDeskShapes?: UnconfirmedShape[]
}

/** What a host may pass to `buildServiceUrl`: anything left out takes its default. */
export type LaunchInput = Partial<Omit<LaunchParams, 'mode'>> & {
  /** Force the embedded demo desk even when credentials are given. */
  demo?: boolean
}

export type IssueCode =
  | 'missing'
  | 'not_number'
  | 'out_of_range'
  | 'bad_chars'
  | 'too_long'
  | 'too_many'
  | 'not_json'
  | 'truncated_json'
  | 'wrong_type'
  | 'unsafe_url'
  | 'not_url'
  | 'bad_enum'
  | 'duplicate'
  | 'added_to_list'
  | 'unknown_param'
  | 'not_bundled'
  // #20 a release build (TARO_APP_DEMO=off) without the demo desk
  | 'no_demo'
  | 'demo_ignored'

/** A problem with one launch parameter. `field` is a path such as `toolbarButtonList[2].icon`. */
export interface LaunchIssue {
  field: string
  code: IssueCode
  /** Extra facts for the message: expected type, limit, allowed values, a suggestion. */
  detail?: string
}

export type ParseResult =
  | { ok: true; params: LaunchParams; warnings: LaunchIssue[] }
  | { ok: false; errors: LaunchIssue[]; warnings: LaunchIssue[]; language: Language }
