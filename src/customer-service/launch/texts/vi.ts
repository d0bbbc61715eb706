// Tiếng Việt: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const vi: LaunchTexts = {
  title: 'Không thể mở chăm sóc khách hàng',
  body: 'Trang này được mở với tham số không hợp lệ. Vui lòng thử lại sau hoặc liên hệ nhà phát triển ứng dụng.',
  forDeveloper: 'Nhà phát triển: vui lòng kiểm tra các tham số sau:',
  alsoIgnored: 'Các tham số sau đã bị bỏ qua:',
  back: 'Quay lại',
  issues: {
    missing: 'Thiếu {f}[ ({d})]',
    not_number: '{f} phải là số',
    out_of_range: '{f} nằm ngoài phạm vi[: {d}]',
    bad_chars: '{f} chứa ký tự không được phép[ ({d})]',
    too_long: '{f} quá dài[ ({d})]',
    too_many: '{f} có quá nhiều mục[ ({d})]',
    not_json: '{f} không phải JSON hợp lệ[: {d}]',
    truncated_json: 'JSON của {f} bị cắt ngắn: ký tự & = ? hoặc # chưa mã hóa trong giá trị đã làm tách URL. Hãy mã hóa bằng encodeURIComponent hoặc dùng buildServiceUrl',
    wrong_type: '{f} sai kiểu dữ liệu[; cần {d}]',
    unsafe_url: '{f} là URL không an toàn (javascript:, data: …) và đã bị bỏ qua',
    not_url: '{f} không phải URL hợp lệ[; cần {d}]',
    bad_enum: '{f} có giá trị không hợp lệ[; cho phép: {d}]',
    duplicate: '{f} bị trùng lặp[: {d}]',
    added_to_list: '{f} không có trong customerServiceIDList và đã được thêm vào[: {d}]',
    unknown_param: 'tham số không xác định {f}[; có phải bạn muốn dùng {d}?]',
    not_bundled: '{f}: ngôn ngữ này không có trong bản dựng này, đang dùng tiếng Anh[ (có sẵn: {d}; xem TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: 'Thiếu {f} và bản dựng này không có bàn demo (TARO_APP_DEMO=off): hãy truyền SDKAppID, userID và userSig',
    demo_ignored: '{f} đã bị bỏ qua: bản dựng này không có bàn demo (TARO_APP_DEMO=off)'
  }
}
