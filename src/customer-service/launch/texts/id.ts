// Bahasa Indonesia: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const id: LaunchTexts = {
  title: 'Layanan pelanggan tidak tersedia',
  body: 'Halaman ini dibuka dengan parameter yang tidak valid. Silakan coba lagi nanti atau hubungi pengembang aplikasi.',
  forDeveloper: 'Pengembang: periksa parameter berikut:',
  alsoIgnored: 'Parameter berikut diabaikan:',
  back: 'Kembali',
  issues: {
    missing: '{f} tidak ada[ ({d})]',
    not_number: '{f} harus berupa angka',
    out_of_range: '{f} di luar rentang[: {d}]',
    bad_chars: '{f} berisi karakter yang tidak diizinkan[ ({d})]',
    too_long: '{f} terlalu panjang[ ({d})]',
    too_many: '{f} berisi terlalu banyak item[ ({d})]',
    not_json: '{f} bukan JSON yang valid[: {d}]',
    truncated_json: 'JSON {f} terpotong: karakter & = ? atau # yang tidak di-encode dalam nilai memecah URL. Encode dengan encodeURIComponent atau gunakan buildServiceUrl',
    wrong_type: 'Tipe {f} salah[; seharusnya {d}]',
    unsafe_url: '{f} adalah URL yang tidak aman (javascript:, data: …) dan diabaikan',
    not_url: '{f} bukan URL yang valid[; seharusnya {d}]',
    bad_enum: 'Nilai {f} tidak valid[; pilihan: {d}]',
    duplicate: '{f} duplikat[: {d}]',
    added_to_list: '{f} tidak ada di customerServiceIDList dan telah ditambahkan[: {d}]',
    unknown_param: 'parameter tidak dikenal {f}[; maksud Anda {d}?]',
    not_bundled: '{f}: bahasa ini tidak disertakan dalam build ini, bahasa Inggris digunakan[ (tersedia: {d}; lihat TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: '{f} tidak ada dan build ini tidak menyertakan meja demo (TARO_APP_DEMO=off): kirimkan SDKAppID, userID, dan userSig',
    demo_ignored: '{f} diabaikan: build ini tidak menyertakan meja demo (TARO_APP_DEMO=off)'
  }
}
