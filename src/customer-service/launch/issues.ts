import type { IssueCode, Language, LaunchIssue } from './types'
import { launchTexts } from './texts'

/** `{f}` the field, `{d}` the detail; `[ … ]` is kept only when there is a detail. */
function fill(template: string, field: string, detail?: string): string {
  return template.replace(/\[([^\]]*)\]/g, (_, part: string) => (detail ? part : '')).replace(/\{([fd])\}/g, (_, k: string) => (k === 'f' ? field : detail ?? ''))
}

/** One issue as a sentence in the given language (messages written for the host developer who built the URL). */
export function formatIssue(found: LaunchIssue, language: Language = 'zh'): string {
  const { issues } = launchTexts(language)
  return fill(issues[found.code] || issues.wrong_type, found.field, found.detail)
}

export function issue(field: string, code: IssueCode, detail?: string): LaunchIssue {
  return detail === undefined ? { field, code } : { field, code, detail }
}
