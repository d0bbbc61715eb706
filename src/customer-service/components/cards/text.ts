import type { Translate } from '../../i18n/strings'

/** Names in a sentence: 手机号、地址 / phone, address (the language is read off the translator). */
export const joinNames = (t: Translate, names: string[]) => names.join(t('submit') === 'Submit' ? ', ' : '、')
