// Русский: the launch error screen and the launch issues. {f} the field, {d} the detail, [ … ] only with a detail.
import type { LaunchTexts } from './zh'

export const ru: LaunchTexts = {
  title: 'Служба поддержки недоступна',
  body: 'Страница открыта с неверными параметрами. Попробуйте позже или обратитесь к разработчику приложения.',
  forDeveloper: 'Разработчику: проверьте эти параметры:',
  alsoIgnored: 'Эти параметры были проигнорированы:',
  back: 'Назад',
  issues: {
    missing: 'Отсутствует {f}[ ({d})]',
    not_number: '{f} должен быть числом',
    out_of_range: '{f} вне допустимого диапазона[: {d}]',
    bad_chars: '{f} содержит недопустимые символы[ ({d})]',
    too_long: '{f} слишком длинный[ ({d})]',
    too_many: 'В {f} слишком много элементов[ ({d})]',
    not_json: '{f} не является корректным JSON[: {d}]',
    truncated_json: 'JSON в {f} обрезан: незакодированный символ & = ? или # в значении разорвал URL. Закодируйте его через encodeURIComponent или используйте buildServiceUrl',
    wrong_type: 'У {f} неверный тип[; ожидается {d}]',
    unsafe_url: '{f} — небезопасный URL (javascript:, data: …), он проигнорирован',
    not_url: '{f} не является корректным URL[; ожидается {d}]',
    bad_enum: 'Недопустимое значение {f}[; допустимо: {d}]',
    duplicate: '{f} повторяется[: {d}]',
    added_to_list: '{f} не было в customerServiceIDList и добавлено в список[: {d}]',
    unknown_param: 'неизвестный параметр {f}[; возможно, вы имели в виду {d}?]',
    not_bundled: '{f}: этот язык не включён в сборку, используется английский[ (включены: {d}; см. TARO_APP_LANGUAGES)]',
    // #20 release build without the demo desk
    no_demo: 'Отсутствует {f}, а в этой сборке нет демо-службы (TARO_APP_DEMO=off): передайте SDKAppID, userID и userSig',
    demo_ignored: '{f} проигнорирован: в этой сборке нет демо-службы (TARO_APP_DEMO=off)'
  }
}
