// One Chromium session over the H5 production build for the browser benches (render scaling, streaming).
import { launchBrowser, newPhonePage } from '../browser.mjs'
import { serveStatic } from '../static-server.mjs'
import { ensureBuild } from './builds.mjs'

export const CHAT_ROUTE = '#/customer-service/pages/chat/index'
export const ACCOUNT = '@customer_service_account'

export async function startH5Session(ctx) {
  const server = await serveStatic(ensureBuild(ctx, 'h5'))
  const browser = await launchBrowser()
  const errors = []
  const newPage = async () => {
    const page = await newPhonePage(browser)
    page.on('pageerror', (err) => errors.push(err.message))
    return page
  }
  return {
    url: server.url,
    errors,
    newPage,
    /**
     * The chat in demo mode with a quiet desk: caught through its demo hook as it is created (before it
     * logs in), it starts with no history (the bench decides how many messages there are) and answers
     * without lifelike delays. `before` runs first in the page (e.g. to install a React DevTools hook).
     */
    async openQuietChat(before) {
      const page = await newPage()
      if (before) await page.addInitScript(before)
      await page.addInitScript(() => {
        let desk
        Object.defineProperty(window, '__csDemoDesk', {
          configurable: true,
          get: () => desk,
          set(d) {
            desk = d
            Object.assign(d.options, { pace: 0, historySize: 0 })
          }
        })
      })
      await page.goto(`${server.url}/${CHAT_ROUTE}`)
      await page.getByText('猜你想问').waitFor({ timeout: 30000 })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
    }
  }
}
