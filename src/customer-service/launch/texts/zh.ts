// 简体中文: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
export const zh = {
  title: '暂时无法打开客服',
  body: '打开客服页面的参数有误，请稍后再试或联系应用开发者。',
  forDeveloper: '开发者请检查以下参数：',
  alsoIgnored: '以下参数已忽略：',
  back: '返回',
  issues: {
    missing: '缺少参数 {f}[（{d}）]',
    not_number: '{f} 必须是数字',
    out_of_range: '{f} 超出范围[：{d}]',
    bad_chars: '{f} 含有不允许的字符[（{d}）]',
    too_long: '{f} 过长[（{d}）]',
    too_many: '{f} 条目过多[（{d}）]',
    not_json: '{f} 不是合法的 JSON[：{d}]',
    truncated_json: '{f} 的 JSON 被截断：值中的 & = ? # 未编码。请用 encodeURIComponent 编码，或使用 buildServiceUrl',
    wrong_type: '{f} 类型错误[，应为 {d}]',
    unsafe_url: '{f} 是不安全的链接（javascript:、data: 等），已忽略',
    not_url: '{f} 不是合法链接[，应为 {d}]',
    bad_enum: '{f} 取值无效[，可选：{d}]',
    duplicate: '{f} 重复[：{d}]',
    added_to_list: '{f} 不在 customerServiceIDList 中，已自动加入[：{d}]',
    unknown_param: '未知参数 {f}[，是否想写 {d}？]',
    not_bundled: '{f} 所选语言未打包进本版本，已改用英文[（已打包：{d}，见 TARO_APP_LANGUAGES）]',
    // #20 release build without the demo desk
    no_demo: '缺少参数 {f}，且本版本不含演示客服（TARO_APP_DEMO=off）：请传入 SDKAppID、userID 和 userSig',
    demo_ignored: '{f} 已忽略：本版本不含演示客服（TARO_APP_DEMO=off）'
  }
}

export type LaunchTexts = typeof zh
