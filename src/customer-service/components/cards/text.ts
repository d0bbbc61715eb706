import type { Translate } from '../../i18n/strings'

/** Names in a sentence: 手机号、地址 / phone, address (each language says how it joins them). */
export const joinNames = (t: Translate, names: string[]) => names.join(t('listSep'))
