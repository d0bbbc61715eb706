// Filipino: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const fil: LaunchTexts = {
  title: 'Hindi available ang customer service',
  body: 'Binuksan ang page na ito gamit ang maling mga parameter. Pakisubukang muli mamaya o makipag-ugnayan sa developer ng app.',
  forDeveloper: 'Developer: pakisuri ang mga parameter na ito:',
  alsoIgnored: 'Hindi pinansin ang mga parameter na ito:',
  back: 'Bumalik',
  issues: {
    missing: 'Walang {f}[ ({d})]',
    not_number: 'Dapat numero ang {f}',
    out_of_range: 'Lampas sa saklaw ang {f}[: {d}]',
    bad_chars: 'May mga hindi pinapayagang character ang {f}[ ({d})]',
    too_long: 'Masyadong mahaba ang {f}[ ({d})]',
    too_many: 'Masyadong marami ang item sa {f}[ ({d})]',
    not_json: 'Hindi valid na JSON ang {f}[: {d}]',
    truncated_json: 'Naputol ang JSON ng {f}: hinati ng hindi naka-encode na & = ? o # sa value ang URL. I-encode ito gamit ang encodeURIComponent o gamitin ang buildServiceUrl',
    wrong_type: 'Mali ang uri ng {f}[; inaasahan: {d}]',
    unsafe_url: 'Hindi ligtas na URL ang {f} (javascript:, data: …) kaya hindi ito pinansin',
    not_url: 'Hindi valid na URL ang {f}[; inaasahan: {d}]',
    bad_enum: 'Hindi valid ang value ng {f}[; pinapayagan: {d}]',
    duplicate: 'Doble ang {f}[: {d}]',
    added_to_list: 'Wala ang {f} sa customerServiceIDList kaya idinagdag ito[: {d}]',
    unknown_param: 'hindi kilalang parameter {f}[; {d} ba ang ibig mong sabihin?]',
    not_bundled: '{f}: hindi kasama ang wikang ito sa build na ito, English ang gagamitin[ (kasama: {d}; tingnan ang TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: 'Walang {f} at walang demo desk ang build na ito (TARO_APP_DEMO=off): ipasa ang SDKAppID, userID at userSig',
    demo_ignored: 'Hindi pinansin ang {f}: walang demo desk ang build na ito (TARO_APP_DEMO=off)'
  }
}
