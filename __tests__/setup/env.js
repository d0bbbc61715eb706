// Taro reads these at import time to pick the H5 runtime.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.TZ = 'UTC'
// Every UI language pack is bundled in tests (the build bundles those TARO_APP_LANGUAGES names, zh,en by default).
for (const code of ['ZH_TW', 'JA', 'KO', 'MS', 'ID', 'VI', 'TH', 'RU', 'FIL']) process.env[`TARO_APP_LANG_${code}`] = 'true'
