// fast-check generators of valid, canonical launch params (what parseLaunchParams returns).
import * as fc from 'fast-check'
import type { LaunchParams, QuickOrder, ToolbarButton } from '../../src/customer-service/launch'

// Characters that break naive URL handling, plus CJK, emoji and JSON syntax.
const tricky = fc.constantFrom('&', '=', '?', '#', '%', '+', '"', '\\', '{', '}', '[', ']', ' ', '/', ':', ',', '中', '文', '¥', '😀', '👩‍💻', "'", '<', '>', '%25', '%2', '%E4')
const unit = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: tricky })

/** Trimmed, non-empty text of at most `max` code points, without control characters. */
export const text = (max: number) =>
  fc
    .string({ unit, minLength: 1, maxLength: Math.min(max, 24) })
    .map((s) => [...s.trim()].slice(0, max).join('').trim())
    // eslint-disable-next-line no-control-regex
    .filter((s) => s.length > 0 && !/[\u0000-\u001f\u007f-\u009f]/.test(s))

export const id = fc.stringMatching(/^[A-Za-z0-9_\-@.]{1,32}$/)
const noSpace = text(20).map((s) => s.replace(/\s/g, '_'))
export const httpUrl = fc
  .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.array(noSpace, { maxLength: 3 }), fc.option(noSpace, { nil: undefined }))
  .map(([scheme, host, path, q]) => `${scheme}://${host}/${path.join('/')}${q ? `?q=${q}` : ''}`)
  .filter((u) => u.length <= 1024)
const miniPath = fc
  .tuple(fc.array(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), { minLength: 1, maxLength: 3 }), fc.option(noSpace, { nil: undefined }))
  .map(([segs, q]) => `/pages/${segs.join('/')}${q ? `?id=${q.replace(/#/g, '')}` : ''}`)

const presetButton: fc.Arbitrary<ToolbarButton> = fc.record(
  {
    title: text(32),
    icon: httpUrl,
    isPreset: fc.constant(1 as const),
    presetId: fc.constantFrom('humanService' as const, 'serviceRating' as const, 'endHumanService' as const, 'endBotService' as const, 'botRating' as const),
    isEnabled: fc.constantFrom(0 as const, 1 as const),
    content: text(100),
    type: fc.constant(1 as const)
  },
  { requiredKeys: ['title', 'isPreset', 'presetId', 'isEnabled', 'type'] }
)
// #19 transfer targets (field names ours) and the presets that carry them.
const toHuman = fc
  .record({ agentIdList: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }), agentGroupId: fc.integer({ min: 1, max: 2 ** 31 }) }, { requiredKeys: [] })
  .filter((o) => o.agentIdList !== undefined || o.agentGroupId !== undefined)
const toFlow = fc.record({ taskFlowId: fc.oneof(id, fc.integer({ min: 1, max: 2 ** 31 })) })
const transferButton: fc.Arbitrary<ToolbarButton> = fc
  .tuple(text(32), fc.constantFrom(0 as const, 1 as const), fc.oneof(toHuman.map((o) => ['transferToHuman', o] as const), toFlow.map((o) => ['transferToTaskFlow', o] as const)))
  .map(([title, isEnabled, [presetId, options]]) => ({ title, isPreset: 1, presetId, isEnabled, type: 1, options }))
const textButton: fc.Arbitrary<ToolbarButton> = fc.record(
  { title: text(32), icon: httpUrl, isPreset: fc.constant(0 as const), isEnabled: fc.constantFrom(0 as const, 1 as const), content: text(500), type: fc.constant(1 as const) },
  { requiredKeys: ['title', 'isPreset', 'isEnabled', 'content', 'type'] }
)
const linkButton: fc.Arbitrary<ToolbarButton> = fc.record(
  { title: text(32), icon: httpUrl, isPreset: fc.constant(0 as const), isEnabled: fc.constantFrom(0 as const, 1 as const), content: fc.oneof(httpUrl, miniPath), type: fc.constant(2 as const) },
  { requiredKeys: ['title', 'isPreset', 'isEnabled', 'content', 'type'] }
)

export const quickOrder: fc.Arbitrary<QuickOrder> = fc.record(
  {
    header: text(100),
    desc: text(200),
    pic: httpUrl,
    url: httpUrl,
    customField: fc.array(fc.record({ name: text(32), value: text(200) }), { minLength: 1, maxLength: 10 })
  },
  { requiredKeys: ['header', 'desc', 'url'] }
)

const common = {
  nickName: fc.option(text(64), { nil: undefined }),
  avatar: fc.option(httpUrl, { nil: undefined }),
  toolbarButtonList: fc.array(fc.oneof(presetButton, textButton, linkButton, transferButton), { maxLength: 20 }),
  transferToHumanOptions: fc.option(toHuman, { nil: undefined }),
  transferToTaskFlowOptions: fc.option(toFlow, { nil: undefined }),
  unconfirmedDeskShapes: fc.option(fc.uniqueArray(fc.constantFrom('transfer' as const, 'botSession' as const, 'optionLinks' as const), { minLength: 1 }), { nil: undefined }),
  bottomQuickOrder: fc.option(quickOrder, { nil: undefined }),
  accounts: fc.uniqueArray(id, { minLength: 1, maxLength: 20 }).chain((list) => fc.tuple(fc.constant(list), fc.constantFrom(...list))),
  language: fc.constantFrom('zh' as const, 'en' as const),
  enableFeedback: fc.boolean(),
  enableAINote: fc.boolean()
}

const sdkAppId = fc.integer({ min: 1, max: 0xffffffff })
const userSig = fc.stringMatching(/^[A-Za-z0-9*\-_]{20,400}$/)

function assemble(base: Record<string, unknown>): LaunchParams {
  const { accounts, ...rest } = base as { accounts: [string[], string] } & Record<string, unknown>
  const out: Record<string, unknown> = { ...rest, customerServiceIDList: accounts[0], customerServiceID: accounts[1] }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
  return out as unknown as LaunchParams
}

export const deskParams: fc.Arbitrary<LaunchParams> = fc
  .record({ mode: fc.constant('desk' as const), SDKAppID: sdkAppId, userID: id, userSig, ...common })
  .map(assemble)

export const demoParams: fc.Arbitrary<LaunchParams> = fc
  .record({
    mode: fc.constant('demo' as const),
    SDKAppID: fc.option(sdkAppId, { nil: undefined }),
    userID: fc.option(id, { nil: undefined }),
    userSig: fc.option(userSig, { nil: undefined }),
    ...common
  })
  .map(assemble)

export const launchParams = fc.oneof(deskParams, demoParams)
