// WeChat 云开发 cloud function `usersig`: a Tencent Chat userSig for the calling WeChat user (see handler.js).
// Environment variables (云开发控制台 → 云函数 → usersig → 版本与配置): SDKAPPID, SECRETKEY; optional
// EXPIRE_SECONDS (default 86400), USERID_PREFIX (default wx_). Deployment: docs/release-checklist.md.
'use strict'
const cloud = require('wx-server-sdk')
// The file itself: the package.json names two `main`s, and some resolvers (jest's) take the missing first one.
const { Api } = require('tls-sig-api-v2/TLSSigAPIv2.js')
const { createHandler } = require('./handler')

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

exports.main = createHandler({ getWXContext: () => cloud.getWXContext(), Api })
