// 繁體中文: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const zhTW: LaunchTexts = {
  title: '暫時無法開啟客服',
  body: '開啟客服頁面的參數有誤，請稍後再試或聯絡應用程式開發者。',
  forDeveloper: '開發者請檢查以下參數：',
  alsoIgnored: '以下參數已忽略：',
  back: '返回',
  issues: {
    missing: '缺少參數 {f}[（{d}）]',
    not_number: '{f} 必須是數字',
    out_of_range: '{f} 超出範圍[：{d}]',
    bad_chars: '{f} 含有不允許的字元[（{d}）]',
    too_long: '{f} 過長[（{d}）]',
    too_many: '{f} 項目過多[（{d}）]',
    not_json: '{f} 不是有效的 JSON[：{d}]',
    truncated_json: '{f} 的 JSON 被截斷：值中的 & = ? # 未編碼。請用 encodeURIComponent 編碼，或使用 buildServiceUrl',
    wrong_type: '{f} 類型錯誤[，應為 {d}]',
    unsafe_url: '{f} 是不安全的連結（javascript:、data: 等），已忽略',
    not_url: '{f} 不是有效的連結[，應為 {d}]',
    bad_enum: '{f} 取值無效[，可選：{d}]',
    duplicate: '{f} 重複[：{d}]',
    added_to_list: '{f} 不在 customerServiceIDList 中，已自動加入[：{d}]',
    unknown_param: '未知參數 {f}[，是否想寫 {d}？]',
    not_bundled: '{f} 所選語言未包含在此版本中，已改用英文[（已包含：{d}，見 TARO_APP_LANGUAGES）]',
    // #20 release build without the demo desk
    no_demo: '缺少參數 {f}，且此版本不含示範客服（TARO_APP_DEMO=off）：請傳入 SDKAppID、userID 和 userSig',
    demo_ignored: '{f} 已忽略：此版本不含示範客服（TARO_APP_DEMO=off）'
  }
}
