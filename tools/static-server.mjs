// Minimal static file server for the H5 build: 127.0.0.1 only, ephemeral port, stops itself.
import { createServer } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2'
}

/**
 * Serves `root`; unknown paths fall back to index.html (hash router).
 * @param {string} root
 * @param {{ maxLifetimeMs?: number }} [options] the server closes itself after this long
 */
export function serveStatic(root, options = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1')
    let file = path.join(root, decodeURIComponent(url.pathname))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      const timer = setTimeout(() => server.close(), options.maxLifetimeMs ?? 10 * 60 * 1000)
      timer.unref()
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            clearTimeout(timer)
            server.closeAllConnections?.()
            server.close(() => done())
          })
      })
    })
  })
}
