// Strings of the launch error screen: they live with the launch issues (launch/texts), one pack per language.
import type { Language } from '../launch'
import { launchTexts } from '../launch/texts'

export const launchErrorText = (language: Language) => launchTexts(language)
