// ไทย: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const th: LaunchTexts = {
  title: 'ไม่สามารถเปิดฝ่ายบริการลูกค้าได้',
  body: 'หน้านี้ถูกเปิดด้วยพารามิเตอร์ที่ไม่ถูกต้อง โปรดลองอีกครั้งภายหลังหรือติดต่อผู้พัฒนาแอป',
  forDeveloper: 'สำหรับผู้พัฒนา: โปรดตรวจสอบพารามิเตอร์ต่อไปนี้',
  alsoIgnored: 'พารามิเตอร์ต่อไปนี้ถูกละเว้น:',
  back: 'ย้อนกลับ',
  issues: {
    missing: 'ไม่พบ {f}[ ({d})]',
    not_number: '{f} ต้องเป็นตัวเลข',
    out_of_range: '{f} อยู่นอกช่วงที่กำหนด[: {d}]',
    bad_chars: '{f} มีอักขระที่ไม่อนุญาต[ ({d})]',
    too_long: '{f} ยาวเกินไป[ ({d})]',
    too_many: '{f} มีรายการมากเกินไป[ ({d})]',
    not_json: '{f} ไม่ใช่ JSON ที่ถูกต้อง[: {d}]',
    truncated_json: 'JSON ของ {f} ถูกตัดขาด: มีอักขระ & = ? หรือ # ที่ไม่ได้เข้ารหัสในค่า ทำให้ URL แยกออก โปรดเข้ารหัสด้วย encodeURIComponent หรือใช้ buildServiceUrl',
    wrong_type: '{f} มีชนิดข้อมูลไม่ถูกต้อง[; ต้องเป็น {d}]',
    unsafe_url: '{f} เป็น URL ที่ไม่ปลอดภัย (javascript:, data: …) จึงถูกละเว้น',
    not_url: '{f} ไม่ใช่ URL ที่ถูกต้อง[; ต้องเป็น {d}]',
    bad_enum: '{f} มีค่าไม่ถูกต้อง[; ค่าที่ใช้ได้: {d}]',
    duplicate: '{f} ซ้ำกัน[: {d}]',
    added_to_list: '{f} ไม่อยู่ใน customerServiceIDList จึงถูกเพิ่มเข้าไป[: {d}]',
    unknown_param: 'ไม่รู้จักพารามิเตอร์ {f}[; หมายถึง {d} หรือไม่?]',
    not_bundled: '{f}: ภาษานี้ไม่ได้รวมอยู่ในบิลด์นี้ จึงใช้ภาษาอังกฤษแทน[ (ภาษาที่มี: {d}; ดู TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: 'ไม่พบ {f} และบิลด์นี้ไม่มีโต๊ะเดโม (TARO_APP_DEMO=off): โปรดส่ง SDKAppID, userID และ userSig',
    demo_ignored: '{f} ถูกละเว้น: บิลด์นี้ไม่มีโต๊ะเดโม (TARO_APP_DEMO=off)'
  }
}
