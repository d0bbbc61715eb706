// Taro reads these at import time to pick the H5 runtime.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.TZ = 'UTC'
