import type { Language } from '../launch'

/** Strings of the launch error screen. */
export const launchErrorText: Record<Language, { title: string; body: string; forDeveloper: string; alsoIgnored: string; back: string }> = {
  zh: {
    title: '暂时无法打开客服',
    body: '打开客服页面的参数有误，请稍后再试或联系应用开发者。',
    forDeveloper: '开发者请检查以下参数：',
    alsoIgnored: '以下参数已忽略：',
    back: '返回'
  },
  en: {
    title: 'Customer service is unavailable',
    body: 'This page was opened with invalid parameters. Please try again later or contact the app developer.',
    forDeveloper: 'Developer: please check these parameters:',
    alsoIgnored: 'These parameters were ignored:',
    back: 'Back'
  }
}
