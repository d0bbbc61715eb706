import type { IssueCode, Language, LaunchIssue } from './types'

type Template = (field: string, detail?: string) => string

// Messages written for the host developer who built the URL.
const MESSAGES: Record<IssueCode, Record<Language, Template>> = {
  missing: {
    zh: (f, d) => `缺少参数 ${f}${d ? `（${d}）` : ''}`,
    en: (f, d) => `${f} is missing${d ? ` (${d})` : ''}`
  },
  not_number: {
    zh: (f) => `${f} 必须是数字`,
    en: (f) => `${f} must be a number`
  },
  out_of_range: {
    zh: (f, d) => `${f} 超出范围${d ? `：${d}` : ''}`,
    en: (f, d) => `${f} is out of range${d ? `: ${d}` : ''}`
  },
  bad_chars: {
    zh: (f, d) => `${f} 含有不允许的字符${d ? `（${d}）` : ''}`,
    en: (f, d) => `${f} contains characters that are not allowed${d ? ` (${d})` : ''}`
  },
  too_long: {
    zh: (f, d) => `${f} 过长${d ? `（${d}）` : ''}`,
    en: (f, d) => `${f} is too long${d ? ` (${d})` : ''}`
  },
  too_many: {
    zh: (f, d) => `${f} 条目过多${d ? `（${d}）` : ''}`,
    en: (f, d) => `${f} has too many items${d ? ` (${d})` : ''}`
  },
  not_json: {
    zh: (f, d) => `${f} 不是合法的 JSON${d ? `：${d}` : ''}`,
    en: (f, d) => `${f} is not valid JSON${d ? `: ${d}` : ''}`
  },
  truncated_json: {
    zh: (f) => `${f} 的 JSON 被截断：值中的 & = ? # 未编码。请用 encodeURIComponent 编码，或使用 buildServiceUrl`,
    en: (f) => `${f} JSON was cut short: a raw & = ? or # in the value split the URL. Encode it with encodeURIComponent or use buildServiceUrl`
  },
  wrong_type: {
    zh: (f, d) => `${f} 类型错误${d ? `，应为 ${d}` : ''}`,
    en: (f, d) => `${f} has the wrong type${d ? `; expected ${d}` : ''}`
  },
  unsafe_url: {
    zh: (f) => `${f} 是不安全的链接（javascript:、data: 等），已忽略`,
    en: (f) => `${f} is an unsafe URL (javascript:, data: …) and was ignored`
  },
  not_url: {
    zh: (f, d) => `${f} 不是合法链接${d ? `，应为 ${d}` : ''}`,
    en: (f, d) => `${f} is not a valid URL${d ? `; expected ${d}` : ''}`
  },
  bad_enum: {
    zh: (f, d) => `${f} 取值无效${d ? `，可选：${d}` : ''}`,
    en: (f, d) => `${f} has an invalid value${d ? `; allowed: ${d}` : ''}`
  },
  duplicate: {
    zh: (f, d) => `${f} 重复${d ? `：${d}` : ''}`,
    en: (f, d) => `${f} is a duplicate${d ? `: ${d}` : ''}`
  },
  added_to_list: {
    zh: (f, d) => `${f} 不在 customerServiceIDList 中，已自动加入${d ? `：${d}` : ''}`,
    en: (f, d) => `${f} was not in customerServiceIDList and was added to it${d ? `: ${d}` : ''}`
  },
  unknown_param: {
    zh: (f, d) => `未知参数 ${f}${d ? `，是否想写 ${d}？` : ''}`,
    en: (f, d) => `unknown parameter ${f}${d ? `; did you mean ${d}?` : ''}`
  }
}

/** One issue as a sentence in the given language. */
export function formatIssue(found: LaunchIssue, language: Language = 'zh'): string {
  const byLang = MESSAGES[found.code] || MESSAGES.wrong_type
  return byLang[language](found.field, found.detail)
}

export function issue(field: string, code: IssueCode, detail?: string): LaunchIssue {
  return detail === undefined ? { field, code } : { field, code, detail }
}
