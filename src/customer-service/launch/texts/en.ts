// English: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const en: LaunchTexts = {
  title: 'Customer service is unavailable',
  body: 'This page was opened with invalid parameters. Please try again later or contact the app developer.',
  forDeveloper: 'Developer: please check these parameters:',
  alsoIgnored: 'These parameters were ignored:',
  back: 'Back',
  issues: {
    missing: '{f} is missing[ ({d})]',
    not_number: '{f} must be a number',
    out_of_range: '{f} is out of range[: {d}]',
    bad_chars: '{f} contains characters that are not allowed[ ({d})]',
    too_long: '{f} is too long[ ({d})]',
    too_many: '{f} has too many items[ ({d})]',
    not_json: '{f} is not valid JSON[: {d}]',
    truncated_json: '{f} JSON was cut short: a raw & = ? or # in the value split the URL. Encode it with encodeURIComponent or use buildServiceUrl',
    wrong_type: '{f} has the wrong type[; expected {d}]',
    unsafe_url: '{f} is an unsafe URL (javascript:, data: …) and was ignored',
    not_url: '{f} is not a valid URL[; expected {d}]',
    bad_enum: '{f} has an invalid value[; allowed: {d}]',
    duplicate: '{f} is a duplicate[: {d}]',
    added_to_list: '{f} was not in customerServiceIDList and was added to it[: {d}]',
    unknown_param: 'unknown parameter {f}[; did you mean {d}?]',
    not_bundled: '{f}: this language is not bundled in this build, English is used[ (bundled: {d}; see TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: '{f} is missing and this build has no demo desk (TARO_APP_DEMO=off): pass SDKAppID, userID and userSig',
    demo_ignored: '{f} was ignored: this build has no demo desk (TARO_APP_DEMO=off)'
  }
}
