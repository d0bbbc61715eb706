// Bahasa Melayu: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const ms: LaunchTexts = {
  title: 'Khidmat pelanggan tidak tersedia',
  body: 'Halaman ini dibuka dengan parameter yang tidak sah. Sila cuba lagi kemudian atau hubungi pembangun aplikasi.',
  forDeveloper: 'Pembangun: sila semak parameter ini:',
  alsoIgnored: 'Parameter ini telah diabaikan:',
  back: 'Kembali',
  issues: {
    missing: '{f} tiada[ ({d})]',
    not_number: '{f} mestilah nombor',
    out_of_range: '{f} di luar julat[: {d}]',
    bad_chars: '{f} mengandungi aksara yang tidak dibenarkan[ ({d})]',
    too_long: '{f} terlalu panjang[ ({d})]',
    too_many: '{f} mempunyai terlalu banyak item[ ({d})]',
    not_json: '{f} bukan JSON yang sah[: {d}]',
    truncated_json: 'JSON {f} terpotong: aksara & = ? atau # yang tidak dikodkan dalam nilai telah memecahkan URL. Kodkan dengan encodeURIComponent atau gunakan buildServiceUrl',
    wrong_type: '{f} mempunyai jenis yang salah[; dijangka {d}]',
    unsafe_url: '{f} ialah URL yang tidak selamat (javascript:, data: …) dan telah diabaikan',
    not_url: '{f} bukan URL yang sah[; dijangka {d}]',
    bad_enum: '{f} mempunyai nilai yang tidak sah[; dibenarkan: {d}]',
    duplicate: '{f} berulang[: {d}]',
    added_to_list: '{f} tiada dalam customerServiceIDList dan telah ditambah[: {d}]',
    unknown_param: 'parameter tidak dikenali {f}[; adakah maksud anda {d}?]',
    not_bundled: '{f}: bahasa ini tidak disertakan dalam binaan ini, bahasa Inggeris digunakan[ (disertakan: {d}; lihat TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: '{f} tiada dan binaan ini tiada meja demo (TARO_APP_DEMO=off): hantar SDKAppID, userID dan userSig',
    demo_ignored: '{f} diabaikan: binaan ini tiada meja demo (TARO_APP_DEMO=off)'
  }
}
