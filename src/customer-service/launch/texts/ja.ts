// 日本語: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const ja: LaunchTexts = {
  title: 'カスタマーサービスを開けません',
  body: 'このページを開くパラメータに誤りがあります。しばらくしてから再度お試しいただくか、アプリの開発者にお問い合わせください。',
  forDeveloper: '開発者の方は次のパラメータをご確認ください：',
  alsoIgnored: '次のパラメータは無視されました：',
  back: '戻る',
  issues: {
    missing: '{f} がありません[（{d}）]',
    not_number: '{f} は数値である必要があります',
    out_of_range: '{f} が範囲外です[：{d}]',
    bad_chars: '{f} に使用できない文字が含まれています[（{d}）]',
    too_long: '{f} が長すぎます[（{d}）]',
    too_many: '{f} の項目が多すぎます[（{d}）]',
    not_json: '{f} は有効な JSON ではありません[：{d}]',
    truncated_json: '{f} の JSON が途中で切れています：値の中の & = ? # がエンコードされていません。encodeURIComponent でエンコードするか、buildServiceUrl を使ってください',
    wrong_type: '{f} の型が正しくありません[（期待される型：{d}）]',
    unsafe_url: '{f} は安全でない URL（javascript:、data: など）のため無視されました',
    not_url: '{f} は有効な URL ではありません[（期待される形式：{d}）]',
    bad_enum: '{f} の値が無効です[（指定可能：{d}）]',
    duplicate: '{f} が重複しています[：{d}]',
    added_to_list: '{f} は customerServiceIDList になかったため追加されました[：{d}]',
    unknown_param: '不明なパラメータ {f}[（{d} の誤りですか？）]',
    not_bundled: '{f}：この言語はこのビルドに含まれていないため、英語で表示します[（含まれる言語：{d}、TARO_APP_LANGUAGES を参照）]',
    // #20 release build without the demo desk
    no_demo: '{f} がなく、このビルドにはデモ窓口が含まれていません（TARO_APP_DEMO=off）：SDKAppID、userID、userSig を渡してください',
    demo_ignored: '{f} は無視されました：このビルドにはデモ窓口が含まれていません（TARO_APP_DEMO=off）'
  }
}
