// #19 transferToHumanOptions / transferToTaskFlowOptions / unconfirmedDeskShapes and the transfer presets:
// tolerant, field-named validation like the other launch params, and buildServiceUrl round trips.
import { buildServiceUrl, parseLaunchParams } from '../../../src/customer-service/launch'
import type { LaunchIssue, LaunchParams } from '../../../src/customer-service/launch'
import { splitQueryString } from '../../../src/customer-service/launch/query'

const enc = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))
function parse(query: Record<string, unknown>) {
  const r = parseLaunchParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, enc(v)])))
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r
}
const fields = (w: LaunchIssue[]) => w.map((i) => `${i.field}:${i.code}`)

describe('transferToHumanOptions', () => {
  it('keeps agent IDs and a group ID (a digit string becomes the integer)', () => {
    const r = parse({ transferToHumanOptions: { agentIdList: ['agent_1', 'agent_2'], agentGroupId: '2473' } })
    expect(r.params.transferToHumanOptions).toEqual({ agentIdList: ['agent_1', 'agent_2'], agentGroupId: 2473 })
    expect(r.warnings).toEqual([])
  })

  it('is absent by default', () => {
    const r = parse({})
    expect(r.params).not.toHaveProperty('transferToHumanOptions')
    expect(r.params).not.toHaveProperty('unconfirmedDeskShapes')
  })

  it.each<[string, unknown, string[]]>([
    ['not JSON', '{agentGroupId:', ['transferToHumanOptions:truncated_json']],
    ['plain text', 'group 5', ['transferToHumanOptions:not_json']],
    ['an array', [1, 2], ['transferToHumanOptions:wrong_type']],
    ['a list that is not an array', { agentIdList: 'a1', agentGroupId: 7 }, ['transferToHumanOptions.agentIdList:wrong_type']],
    ['a bad ID in the list', { agentIdList: ['ok_1', 'bad id', 'ok_1'] }, ['transferToHumanOptions.agentIdList[1]:bad_chars', 'transferToHumanOptions.agentIdList[2]:duplicate']],
    ['a group that is no integer', { agentGroupId: 'sales', agentIdList: ['a1'] }, ['transferToHumanOptions.agentGroupId:not_number']],
    ['the REST spelling', { AgentGroupId: 5 }, ['transferToHumanOptions.AgentGroupId:unknown_param', 'transferToHumanOptions:missing']],
    ['no target at all', {}, ['transferToHumanOptions:missing']]
  ])('%s: names the field and keeps the rest of the launch', (_name, value, expected) => {
    const r = parse({ transferToHumanOptions: value, nickName: '小王' })
    expect(fields(r.warnings)).toEqual(expected)
    expect(r.params.nickName).toBe('小王')
  })

  it('suggests the camel-case name for the REST spelling', () => {
    const r = parse({ transferToHumanOptions: { AgentGroupId: 5, agentIdList: ['a1'] } })
    expect(r.warnings).toEqual([{ field: 'transferToHumanOptions.AgentGroupId', code: 'unknown_param', detail: 'agentGroupId' }])
    expect(r.params.transferToHumanOptions).toEqual({ agentIdList: ['a1'] })
  })
})

describe('transferToTaskFlowOptions', () => {
  it.each([[12, 12], ['flow_refund', 'flow_refund']])('keeps taskFlowId %p as given', (id, kept) => {
    expect(parse({ transferToTaskFlowOptions: { taskFlowId: id } }).params.transferToTaskFlowOptions).toEqual({ taskFlowId: kept })
  })

  it.each<[unknown, string[]]>([
    [{}, ['transferToTaskFlowOptions.taskFlowId:missing']],
    [{ taskFlowId: -3 }, ['transferToTaskFlowOptions.taskFlowId:out_of_range']],
    [{ taskFlowId: { id: 1 } }, ['transferToTaskFlowOptions.taskFlowId:wrong_type']],
    ['x', ['transferToTaskFlowOptions:not_json']]
  ])('%p is reported by field', (value, expected) => {
    const r = parse({ transferToTaskFlowOptions: value })
    expect(fields(r.warnings)).toEqual(expected)
    expect(r.params).not.toHaveProperty('transferToTaskFlowOptions')
  })
})

describe('transfer presets in toolbarButtonList', () => {
  const human = { title: '售后', isPreset: 1, presetId: 'transferToHuman', isEnabled: 1, options: { agentGroupId: 9 } }
  const flow = { title: '退货流程', isPreset: 1, presetId: 'transferToTaskFlow', isEnabled: 1 }

  it('a transfer button keeps its own target', () => {
    const r = parse({ toolbarButtonList: [human, { ...flow, options: { taskFlowId: 3 } }] })
    expect(r.params.toolbarButtonList.map((b) => b.options)).toEqual([{ agentGroupId: 9 }, { taskFlowId: 3 }])
    expect(r.warnings).toEqual([])
  })

  it('a task-flow button without any task flow is dropped, named; with the launch default it stays', () => {
    const alone = parse({ toolbarButtonList: [flow, human] })
    expect(alone.params.toolbarButtonList.map((b) => b.title)).toEqual(['售后'])
    expect(fields(alone.warnings)).toEqual(['toolbarButtonList[0].options.taskFlowId:missing'])
    const withDefault = parse({ toolbarButtonList: [flow], transferToTaskFlowOptions: { taskFlowId: 'f1' } })
    expect(withDefault.params.toolbarButtonList).toHaveLength(1)
    expect(withDefault.warnings).toEqual([])
  })

  it('bad button options are named; the button keeps working with the launch default', () => {
    const r = parse({ toolbarButtonList: [{ ...human, options: { agentGroupId: 0 } }] })
    expect(fields(r.warnings)).toEqual(['toolbarButtonList[0].options.agentGroupId:not_number', 'toolbarButtonList[0].options:missing'])
    expect(r.params.toolbarButtonList[0]).not.toHaveProperty('options')
  })

  it('endBotService and botRating are presets too', () => {
    const r = parse({ toolbarButtonList: [{ title: '结束会话', presetId: 'endBotService' }, { title: '评价机器人', presetId: 'botRating' }] })
    expect(r.params.toolbarButtonList.map((b) => b.presetId)).toEqual(['endBotService', 'botRating'])
  })
})

describe('unconfirmedDeskShapes', () => {
  it.each<[string, string[], string[]]>([
    ['transfer', ['transfer'], []],
    ['optionLinks, botSession,transfer', ['optionLinks', 'botSession', 'transfer'], []],
    ['all', ['transfer', 'botSession', 'optionLinks'], []],
    ['transfer,guess', ['transfer'], ['unconfirmedDeskShapes:bad_enum']]
  ])('%p', (value, shapes, warnings) => {
    const r = parse({ unconfirmedDeskShapes: value })
    expect(r.params.unconfirmedDeskShapes).toEqual(shapes)
    expect(fields(r.warnings)).toEqual(warnings)
  })

  it('nothing usable means the default (absent: kit-confirmed shapes only)', () => {
    expect(parse({ unconfirmedDeskShapes: 'yes' }).params).not.toHaveProperty('unconfirmedDeskShapes')
  })
})

describe('buildServiceUrl accepts them', () => {
  const input: Partial<LaunchParams> = {
    transferToHumanOptions: { agentIdList: ['agent_1'], agentGroupId: 2473 },
    transferToTaskFlowOptions: { taskFlowId: 'flow-1' },
    unconfirmedDeskShapes: ['transfer', 'optionLinks'],
    toolbarButtonList: [{ title: '找售后 & 退款', isPreset: 1, presetId: 'transferToHuman', isEnabled: 1, type: 1, options: { agentGroupId: 5 } }]
  }

  it('and the page gets them back exactly (WeChat delivery, undecoded)', () => {
    const url = buildServiceUrl(input)
    const r = parseLaunchParams(splitQueryString(url))
    if (!r.ok) throw new Error('not ok')
    expect(r.warnings).toEqual([])
    expect(r.params).toMatchObject(input)
  })

  it('leaves them out when not given', () => {
    expect(buildServiceUrl({})).not.toMatch(/transferTo|unconfirmed/)
  })
})
