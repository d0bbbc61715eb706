// A simulated WeChat `wx` for running the real @tencentcloud/lite-chat (mini-program code path) offline.
// Sockets are wired in-process to the emulator server (./server.mjs); nothing touches the network.
// Plain ESM without Node built-ins, so jest and browser-side tests can both load it.

const SYSTEM_INFO = Object.freeze({
  brand: 'emulator',
  model: 'emulator',
  platform: 'android',
  system: 'Android 14',
  version: '8.0.50',
  SDKVersion: '3.4.0',
  language: 'zh_CN',
  fontSizeSetting: 16,
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 812
})

/** Microtask delivery: never a timer, so fake timers do not have to be advanced for a socket event. */
const later = (fn) => {
  Promise.resolve().then(fn)
}

/**
 * @param {{ server: ReturnType<typeof import('./server.mjs').createImServer> }} options
 */
export function createWx({ server }) {
  const storage = new Map()
  const networkListeners = new Set()
  let online = true
  /** Every wx API called, in order (name only): what the SDK needs from the host. */
  const calls = []
  const sockets = []

  const rec = (name) => calls.push(name)

  function connectSocket(options) {
    rec('connectSocket')
    const handlers = { open: [], message: [], close: [], error: [] }
    let state = 'connecting'
    const emit = (kind, payload) => {
      for (const h of handlers[kind].slice()) h(payload)
    }
    const task = {
      url: options.url,
      get readyState() {
        return state === 'open' ? 1 : state === 'connecting' ? 0 : 3
      },
      onOpen: (h) => handlers.open.splice(0, handlers.open.length, h),
      onMessage: (h) => handlers.message.splice(0, handlers.message.length, h),
      onClose: (h) => handlers.close.splice(0, handlers.close.length, h),
      onError: (h) => handlers.error.splice(0, handlers.error.length, h),
      send({ data, success, fail, complete }) {
        if (state !== 'open') {
          later(() => {
            fail?.({ errMsg: 'sendSocketMessage:fail socket is not open' })
            complete?.()
          })
          return
        }
        conn.receive(data)
        later(() => {
          success?.({ errMsg: 'sendSocketMessage:ok' })
          complete?.()
        })
      },
      close({ code = 1000, reason = '' } = {}) {
        if (state === 'closed') return
        state = 'closed'
        conn.clientClosed(code, reason)
        later(() => emit('close', { code, reason }))
      }
    }
    const conn = server.connect(options.url, {
      message(data) {
        if (state === 'open') emit('message', { data })
      },
      close(code, reason) {
        if (state === 'closed') return
        state = 'closed'
        later(() => emit('close', { code, reason }))
      }
    })
    sockets.push(task)
    later(() => {
      options.complete?.()
      if (!online || conn.refused) {
        state = 'closed'
        emit('error', { errMsg: 'connectSocket:fail' })
        emit('close', { code: 1006, reason: 'refused' })
        return
      }
      state = 'open'
      emit('open', { header: {}, profile: {} })
    })
    return task
  }

  function request(options) {
    rec('request')
    const res = online ? server.http({ url: options.url, method: options.method || 'GET', data: options.data }) : null
    later(() => {
      if (res) options.success?.({ statusCode: res.statusCode, data: res.data, header: {} })
      else options.fail?.({ errMsg: 'request:fail emulator has no such host' })
      options.complete?.()
    })
    return { abort() {} }
  }

  function uploadFile(options) {
    rec('uploadFile')
    const progressHandlers = []
    const file = server.files.get(options.filePath)
    const res = online ? server.upload({ url: options.url, filePath: options.filePath, formData: options.formData, size: file?.size ?? 0 }) : null
    later(() => {
      for (const percent of [50, 100]) {
        for (const h of progressHandlers) h({ progress: percent, totalBytesSent: (percent / 100) * (file?.size ?? 0), totalBytesExpectedToSend: file?.size ?? 0 })
      }
      if (res) options.success?.({ statusCode: res.statusCode, data: res.data, header: {} })
      else options.fail?.({ errMsg: 'uploadFile:fail' })
      options.complete?.()
    })
    return { onProgressUpdate: (h) => progressHandlers.push(h), abort() {} }
  }

  const wx = {
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: (o) => later(() => o?.success?.({ ...SYSTEM_INFO })),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-emulator', envVersion: 'develop', version: '' } }),
    getDeviceInfo: () => ({ brand: SYSTEM_INFO.brand, model: SYSTEM_INFO.model, platform: SYSTEM_INFO.platform, system: SYSTEM_INFO.system }),
    getAppBaseInfo: () => ({ SDKVersion: SYSTEM_INFO.SDKVersion, language: SYSTEM_INFO.language, version: SYSTEM_INFO.version }),
    getWindowInfo: () => ({ pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 812 }),
    canIUse: () => true,
    connectSocket,
    request,
    uploadFile,
    getImageInfo(o) {
      rec('getImageInfo')
      const file = server.files.get(o.src)
      later(() => o.success?.({ width: file?.width ?? 0, height: file?.height ?? 0, path: o.src, type: 'png' }))
    },
    getFileSystemManager: () => ({
      getFileInfo: (o) => later(() => o.success?.({ size: server.files.get(o.filePath)?.size ?? 0 })),
      readFile: (o) => later(() => o.fail?.({ errMsg: 'readFile:fail emulator' }))
    }),
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => {
      storage.set(key, value)
    },
    removeStorageSync: (key) => {
      storage.delete(key)
    },
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (o) => later(() => (storage.has(o.key) ? o.success?.({ data: storage.get(o.key) }) : o.fail?.({ errMsg: 'getStorage:fail data not found' }))),
    setStorage: (o) => {
      storage.set(o.key, o.data)
      later(() => o.success?.({}))
    },
    removeStorage: (o) => {
      storage.delete(o.key)
      later(() => o.success?.({}))
    },
    getNetworkType: (o) => {
      rec('getNetworkType')
      later(() => o?.success?.({ networkType: online ? 'wifi' : 'none' }))
    },
    onNetworkStatusChange: (h) => {
      rec('onNetworkStatusChange')
      networkListeners.add(h)
    },
    offNetworkStatusChange: (h) => {
      rec('offNetworkStatusChange')
      if (h) networkListeners.delete(h)
      else networkListeners.clear()
    },
    onAppShow: () => rec('onAppShow'),
    offAppShow: () => rec('offAppShow'),
    onAppHide: () => rec('onAppHide'),
    offAppHide: () => rec('offAppHide')
  }

  return {
    wx,
    calls,
    storage,
    sockets,
    /** Network switch: offline fails new sockets and requests, and tells the SDK's listeners. */
    setOnline(value) {
      online = value
      for (const h of [...networkListeners]) h({ isConnected: value, networkType: value ? 'wifi' : 'none' })
    },
    get networkListenerCount() {
      return networkListeners.size
    }
  }
}
