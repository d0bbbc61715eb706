// Edges of the kit-conformant reading that a hostile or buggy desk can reach: form echoes stay bounded and
// never break a form, prefilled values go back as sent, notices never show JSON, businessID by its key.
import { decodeMessage, submitForm } from '../../../src/customer-service/protocol'
import type { DeskView } from '../../../src/customer-service/protocol'
import { customMessage, deskMessage } from './builders'

type FormView = Extract<DeskView, { kind: 'form' }>
const form = (inputVariables: unknown[], nodeStatus: unknown = 0) => decodeMessage(deskMessage({ src: '33', nodeStatus, content: { inputVariables } })) as FormView
const submitted = (view: FormView, values: Record<string, string> = {}) =>
  JSON.parse((submitForm(view.fields.map((f) => ({ ...f, value: values[f.name] ?? f.value }))) as { data: string }).data).content.inputVariables

describe('form echoes', () => {
  it('a field nested too deep to serialise does not hide the form: it is sent in the reduced shape', () => {
    // Built as text: JSON.parse takes this depth, JSON.stringify of the parsed value does not.
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const data = `{"src":"33","customerServicePlugin":0,"nodeStatus":0,"content":{"inputVariables":[{"name":"手机号","isRequired":1},{"name":"备注","x":${deep}}]}}`
    const view = decodeMessage(customMessage(data)) as FormView
    expect(view.kind).toBe('form')
    expect(view.fields.map((f) => f.name)).toEqual(['手机号', '备注'])
    expect(submitted(view, { 手机号: '138', 备注: 'ok' })).toEqual([
      { name: '手机号', isRequired: 1, variableValue: '138' },
      { name: '备注', isRequired: 0, variableValue: 'ok' }
    ])
  })

  it('a form whose variables together exceed the echo budget is sent in the reduced shape, never over the IM limit', () => {
    const big = 'x'.repeat(1_000)
    const view = form(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, placeholder: big, isRequired: 0 })))
    const sent = submitted(view)
    expect(sent[0]).toEqual({ name: 'f0', isRequired: 0, variableValue: '' })
    expect(JSON.stringify(sent).length).toBeLessThan(12_000)
  })

  it('a prefilled value the user left alone goes back exactly as the desk sent it (not clipped, not stringified)', () => {
    const long = '地'.repeat(3_000)
    const view = form([{ name: '地址', formType: 0, variableValue: long }, { name: '件数', formType: 0, variableValue: 2 }])
    expect(view.fields[0].value.length).toBeLessThan(long.length)
    expect(submitted(view)).toEqual([
      { name: '地址', formType: 0, variableValue: long },
      { name: '件数', formType: 0, variableValue: 2 }
    ])
    expect(submitted(view, { 件数: '3' })[1]).toEqual({ name: '件数', formType: 0, variableValue: '3' })
  })
})

describe('notices and envelopes', () => {
  it('a notice whose content is a JSON string shows its inner wording, never the JSON', () => {
    expect(decodeMessage(deskMessage({ src: '39', content: '{"command":"x","content":"正在转接"}' }))).toEqual({ kind: 'notice', notice: 'transferToHuman', text: '正在转接' })
    expect(decodeMessage(deskMessage({ src: '39', content: '{"command":"x"}' }))).toEqual({ kind: 'notice', notice: 'transferToHuman' })
    expect(decodeMessage(deskMessage({ src: '39', content: '{broken' }))).toEqual({ kind: 'notice', notice: 'transferToHuman' })
  })

  it('any businessID key makes it a TUIKit business message (hidden, as the kits do), whatever its value', () => {
    for (const businessID of ['', null, {}, true, 'order']) {
      expect(decodeMessage(deskMessage({ businessID, src: '15', content: { header: 'h', items: ['a'] } }))).toEqual({ kind: 'hidden', reason: 'foreign', detail: 'TUIKit business message' })
    }
  })
})
