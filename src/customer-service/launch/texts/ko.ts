// 한국어: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const ko: LaunchTexts = {
  title: '고객센터를 열 수 없습니다',
  body: '페이지를 여는 매개변수가 올바르지 않습니다. 잠시 후 다시 시도하거나 앱 개발자에게 문의해 주세요.',
  forDeveloper: '개발자는 다음 매개변수를 확인해 주세요:',
  alsoIgnored: '다음 매개변수는 무시되었습니다:',
  back: '돌아가기',
  issues: {
    missing: '{f} 값이 없습니다[ ({d})]',
    not_number: '{f} 값은 숫자여야 합니다',
    out_of_range: '{f} 값이 범위를 벗어났습니다[: {d}]',
    bad_chars: '{f}에 허용되지 않는 문자가 있습니다[ ({d})]',
    too_long: '{f} 값이 너무 깁니다[ ({d})]',
    too_many: '{f}의 항목이 너무 많습니다[ ({d})]',
    not_json: '{f} 값이 올바른 JSON이 아닙니다[: {d}]',
    truncated_json: '{f}의 JSON이 잘렸습니다: 값 안의 & = ? #가 인코딩되지 않았습니다. encodeURIComponent로 인코딩하거나 buildServiceUrl을 사용하세요',
    wrong_type: '{f}의 형식이 잘못되었습니다[; 필요한 형식: {d}]',
    unsafe_url: '{f}은(는) 안전하지 않은 URL(javascript:, data: 등)이므로 무시되었습니다',
    not_url: '{f} 값이 올바른 URL이 아닙니다[; 필요한 형식: {d}]',
    bad_enum: '{f} 값이 올바르지 않습니다[; 사용 가능: {d}]',
    duplicate: '{f} 값이 중복되었습니다[: {d}]',
    added_to_list: '{f}이(가) customerServiceIDList에 없어 추가되었습니다[: {d}]',
    unknown_param: '알 수 없는 매개변수 {f}[; {d}을(를) 의도하셨나요?]',
    not_bundled: '{f}: 이 언어는 이 빌드에 포함되지 않아 영어로 표시합니다[ (포함된 언어: {d}, TARO_APP_LANGUAGES 참고)]',
    // #20 release build without the demo desk
    no_demo: '{f} 값이 없고 이 빌드에는 데모 상담 창구가 없습니다 (TARO_APP_DEMO=off): SDKAppID, userID, userSig를 전달하세요',
    demo_ignored: '{f} 값이 무시되었습니다: 이 빌드에는 데모 상담 창구가 없습니다 (TARO_APP_DEMO=off)'
  }
}
