// An in-process fake of Tencent IM's WebSocket server: enough of the wire protocol for the real
// @tencentcloud/lite-chat 4.2.1 (basic + plugins) to log in, send, receive, page history, revoke, be kicked
// and reconnect. Frames: UTF-8 JSON `{head: {servcmd, seq, …}, body}`; bodies use the PascalCase keys the
// SDK's per-command key maps produce (see ../../../shared/docs/sdk-wire-notes.md). Pushes too: lite-chat
// reads only `EventArray[].Event` (3.6.6 also took camelCase), as Tencent's server sends it. Plain ESM.
//
// It fails loudly: a command it does not know, a frame it cannot parse or an SDK version other than the
// expected one is recorded in `problems` (tests assert it stays empty), logged, and answered with an error.

export const DESK_ACCOUNT = '@customer_service_account'
export const PUSH_CMD = 'im_open_push.msg_push'
export const KICK_CMD = 'im_open_status.stat_forceoffline'

export const textElem = (text) => ({ MsgType: 'TIMTextElem', MsgContent: { Text: text } })
export const customElem = (data, desc = '', ext = '') => ({ MsgType: 'TIMCustomElem', MsgContent: { Data: data, Desc: desc, Ext: ext } })

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' }

// UTF-8 by hand: jsdom (jest's environment here) has no TextEncoder/TextDecoder.
function utf8Encode(str) {
  const out = []
  for (const ch of str) {
    const c = ch.codePointAt(0)
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return new Uint8Array(out)
}

function utf8Decode(bytes) {
  let s = ''
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]
    const n = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3
    let c = n === 0 ? b : b & (0x3f >> n)
    for (let k = 1; k <= n; k++) c = (c << 6) | (bytes[i + k] & 63)
    s += String.fromCodePoint(c)
    i += n + 1
  }
  return s
}

/** Deterministic 32-bit id from a string (tiny ids, message randoms): same input, same value. */
function hash32(s) {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

export function decodeFrame(data) {
  const text = typeof data === 'string' ? data : utf8Decode(data instanceof Uint8Array ? data : new Uint8Array(data))
  return JSON.parse(text)
}

export function encodeFrame(frame) {
  return utf8Encode(JSON.stringify(frame)).buffer
}

/**
 * @param {{ sdkAppId: number, sdkVersion: string, now?: () => number, quiet?: boolean }} options
 */
export function createImServer(options) {
  const { sdkAppId, sdkVersion } = options
  const now = options.now || (() => Date.now())
  const seconds = () => Math.floor(now() / 1000)

  /** userID → { userSig, expired, nick, avatar, tinyId } */
  const users = new Map()
  const conns = []
  /** All frames in both directions: { dir: 'in' | 'out', conn, servcmd, seq, body }. */
  const frames = []
  const problems = []
  /** Message log per C2C pair; each message keeps its key, sequence and version. */
  const log = []
  /** Files the simulated wx can upload: tempFilePath → { size, width, height }. */
  const files = new Map()
  const uploads = []
  /** Merged messages kept apart (a long chat record): JsonMsgKey → the inner messages, wire keys. */
  const relays = new Map()
  /** How many of the next uploads fail (the COS PUT answers 500). */
  let uploadFailures = 0
  const httpRequests = []
  /** servcmd → [{ code, info }] errors to answer the next requests with. */
  const failures = new Map()
  /** servcmds not answered at all (the SDK's own timeouts run). */
  const held = new Set()
  /** servcmd → [fn] run once, just before the next request for servcmd is answered. */
  const before = new Map()
  let nextConnId = 1
  let pushSeq = 1
  let serverSeq = 1000

  const problem = (what) => {
    problems.push(what)
    if (!options.quiet) console.error(`[im-emulator] ${what}`)
  }

  const ensureUser = (userID) => {
    if (!users.has(userID)) users.set(userID, { userSig: undefined, expired: false, nick: '', avatar: '', tinyId: String(144115200000000000n + BigInt(hash32(userID))) })
    return users.get(userID)
  }
  ensureUser(DESK_ACCOUNT).nick = '智能客服'

  /** onArrived runs when the frame reaches the client (not when the socket closed while it was in flight). */
  function send(conn, frame, onArrived) {
    if (conn.closed) return
    frames.push({ dir: 'out', conn: conn.id, servcmd: frame.head.servcmd, seq: frame.head.seq, body: frame.body })
    const data = encodeFrame(frame)
    Promise.resolve().then(() => {
      if (conn.closed) return
      if (onArrived) onArrived()
      conn.client.message(data)
    })
  }

  const reply = (conn, head, body, onArrived) => send(conn, { head: { ...head, servcmd: head.servcmd, seq: head.seq }, body: { ...OK, ...body } }, onArrived)
  const replyError = (conn, head, code, info) => send(conn, { head: { servcmd: head.servcmd, seq: head.seq }, body: { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info } })

  const online = (userID) => conns.filter((c) => !c.closed && c.userID === userID)

  function pushTo(userID, body, servcmd = PUSH_CMD, onArrived) {
    for (const c of online(userID)) send(c, { head: { servcmd, seq: pushSeq++ }, body: { ...OK, ...body } }, onArrived)
  }

  // ── offline sync (openim.getmsg) ────────────────────────────────────────────
  // What the SDK (3.6.6, SyncUnreadMsgModule) does, read in its source and seen on the wire:
  // - It sends {Cookie, SyncFlag, NeedAbstract: 1, IsOnlineSync, NeedSignaling: 1, NeedCachedMsg: 1}: Cookie ''
  //   and SyncFlag 0 after a (re-)login from scratch (its reset() clears the cookie); on a reconnect the cookie
  //   of its last reply; on a follow-up page the Cookie and SyncFlag of the previous reply.
  // - It reads Cookie, SyncFlag, MsgList (→ messageList), EventArray. An EMPTY Cookie ends the sync with
  //   nothing dispatched (the MsgList is ignored); SyncFlag 0 or 1 = a page with more to come (it asks again
  //   with that cookie), 2 = the last page. Messages of a non-last page, and of any page of a sync after a
  //   fresh login, go to its "unread DB" (not emitted; later pushes of the same message ID are then skipped);
  //   only the last page of a sync after a RECONNECT is emitted as MESSAGE_RECEIVED (deduplicated by message
  //   ID and random against what it holds; a MsgVersion > 0 makes it MESSAGE_MODIFIED instead).
  // - Per message it reads the C2C keys of a push (From_Account, To_Account, MsgSeq, MsgRandom, MsgTimeStamp,
  //   MsgBody, CloudCustomData, MsgKey, nick/avatar, MsgVersion) plus ClientSeq (→ clientSequence; assumed
  //   = MsgSeq, as C2C MsgSeq is the client's) and MsgLifeTime (0 = online only). Its message ID is
  //   TinyId-MsgClientTime-MsgRandom: the sync must carry the same three as the push for the dedup to work.
  // Assumed (the real server's rules are not documented): a user's sync holds the messages sent TO them,
  // stored (not `silent` history seeds), not online-only, not revoked, that have not reached one of their
  // sockets yet — by a push (counted when the frame arrives, so a push lost with its socket stays
  // undelivered) or an earlier sync reply; the user's own sends are not synced back. Delivery is tracked per
  // user. The cookie is the sync's cursor (an index in the message log) and must be one this server issued
  // for that user. `syncPageSize` messages a page (20 assumed). With `syncReplaysPushed` the reply holds every
  // such message after the cookie, pushed or not (a server that does not track pushes): the client must then
  // drop the overlap itself. Modifications and revokes made while offline are not replayed (EventArray []).
  const SYNC_KEYS = new Set(['Cookie', 'SyncFlag', 'NeedAbstract', 'IsOnlineSync', 'NeedSignaling', 'NeedCachedMsg'])
  /** userID → Set of message keys that reached the client (pushed or synced). */
  const delivered = new Map()
  const deliveredTo = (userID) => {
    if (!delivered.has(userID)) delivered.set(userID, new Set())
    return delivered.get(userID)
  }
  const cookieFor = (userID, cursor) => `emu-sync|${userID}|${cursor}`
  function syncReply(conn, body) {
    const unknown = Object.keys(body).filter((k) => !SYNC_KEYS.has(k))
    if (unknown.length) problem(`openim.getmsg: unknown field(s) ${unknown.join(', ')}`)
    if (![0, 1].includes(body.SyncFlag) || ![0, 1].includes(body.IsOnlineSync)) problem(`openim.getmsg: unexpected SyncFlag ${body.SyncFlag} / IsOnlineSync ${body.IsOnlineSync}`)
    let cursor = 0
    if (body.Cookie) {
      const m = /^emu-sync\|(.*)\|(\d+)$/.exec(body.Cookie)
      if (!m || m[1] !== conn.userID || Number(m[2]) > log.length) {
        problem(`openim.getmsg: cookie ${JSON.stringify(body.Cookie)} was not issued to ${conn.userID}`)
        return { error: [20001, 'emulator: unknown cookie'] }
      }
      cursor = Number(m[2])
    }
    const seen = deliveredTo(conn.userID)
    const due = []
    for (let i = cursor; i < log.length; i++) {
      const m = log[i]
      if (m.to !== conn.userID || m.from === conn.userID || m.silent || m.onlineOnly || m.revoked) continue
      if (!server.syncReplaysPushed && seen.has(m.key)) continue
      due.push({ m, next: i + 1 })
    }
    const page = due.slice(0, server.syncPageSize)
    const more = due.length > page.length
    const next = more ? page[page.length - 1].next : log.length
    return {
      body: {
        Cookie: cookieFor(conn.userID, next),
        SyncFlag: more ? 1 : 2,
        MsgList: page.map(({ m }) => ({ ...wireMessage(m, conn.userID), ClientSeq: m.seq })),
        EventArray: []
      },
      arrived: () => page.forEach(({ m }) => seen.add(m.key))
    }
  }
  /** A message push to userID: counted as delivered on each socket it reaches. */
  const pushMessage = (userID, m, body) => pushTo(userID, body, PUSH_CMD, () => deliveredTo(userID).add(m.key))

  // ── messages ────────────────────────────────────────────────────────────────
  const pairOf = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`)

  function store({ from, to, elems, cloudCustomData = '', seq, random, clientTime, time, nick, avatar, onlineOnly = false, silent = false }) {
    const m = {
      from,
      to,
      pair: pairOf(from, to),
      elems,
      cloudCustomData,
      seq: seq ?? serverSeq++,
      random: random ?? hash32(`${from}>${to}#${log.length}`),
      time: time ?? seconds(),
      clientTime: clientTime ?? seconds(),
      version: 0,
      revoked: false,
      onlineOnly,
      silent,
      nick: nick ?? ensureUser(from).nick,
      avatar: avatar ?? ensureUser(from).avatar
    }
    m.key = `${m.seq}_${m.random}_${m.time}`
    log.push(m)
    return m
  }

  /** The message as the SDK reads it in pushes and history (C2C keys). */
  function wireMessage(m, forUser) {
    const w = {
      From_Account: m.from,
      To_Account: m.to,
      MsgSeq: m.seq,
      MsgRandom: m.random,
      MsgTimeStamp: m.time,
      MsgClientTime: m.clientTime,
      MsgKey: m.key,
      TinyId: ensureUser(m.from).tinyId,
      MsgFlagBits: 0,
      IsSyncMsg: m.from === forUser ? 1 : 0,
      MsgBody: m.elems,
      CloudCustomData: m.cloudCustomData,
      MsgVersion: m.version
    }
    if (m.nick) w.From_AccountNick = m.nick
    if (m.avatar) w.From_AccountHeadurl = m.avatar
    return w
  }

  // ── command handlers: (conn, head, body) → reply body | undefined (bare OK) ──
  const handlers = {
    'im_open_status.wslogin'(conn, head) {
      const userID = head.identifier
      const sig = head.usersig
      if (conn.userID && head.a2) return { A2Key: head.a2, TinyId: ensureUser(conn.userID).tinyId, TimeStamp: seconds(), InstId: conn.instId, HelloInterval: 120 }
      if (head.a2 && head.tinyid) {
        // Re-login on a new socket with the session's A2 key.
        const user = [...users.entries()].find(([, u]) => u.tinyId === String(head.tinyid) && u.a2 === head.a2)
        if (!user) return { error: [70101, 'a2 key invalid'] }
        conn.userID = user[0]
        return { A2Key: head.a2, TinyId: user[1].tinyId, TimeStamp: seconds(), InstId: conn.instId, HelloInterval: 120 }
      }
      const user = users.get(userID)
      if (!user || user.userSig !== sig) return { error: [70009, 'emulator: userSig invalid'] }
      if (user.expired) return { error: [70001, 'emulator: userSig expired'] }
      user.a2 = `a2-${userID}-${hash32(sig)}`
      conn.userID = userID
      return { A2Key: user.a2, TinyId: user.tinyId, TimeStamp: seconds(), InstId: conn.instId, HelloInterval: 120 }
    },
    'im_open_status.wslogout'(conn) {
      conn.userID = undefined
    },
    'im_open_status.wshello': () => ({}),
    'heartbeat.alive': () => ({}),
    'profile.portrait_get_all'(conn, head, body) {
      const ids = body.To_Account || []
      return {
        UserProfileItem: ids.map((id) => {
          const u = ensureUser(id)
          return { To_Account: id, ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: u.nick }, { Tag: 'Tag_Profile_IM_Image', Value: u.avatar }] }
        })
      }
    },
    'profile.portrait_set'(conn, head, body) {
      const u = ensureUser(conn.userID)
      // lite-chat 4.2.1 sends the items as { tag, value } (3.6.6: { Tag, Value }) next to a PascalCase
      // From_Account: Tencent's own SDK, so its server takes either; the emulator does too.
      for (const item of body.ProfileItem || []) {
        const tag = item.Tag ?? item.tag
        const value = item.Value ?? item.value
        if (tag === 'Tag_Profile_IM_Nick') u.nick = value
        if (tag === 'Tag_Profile_IM_Image') u.avatar = value
      }
    },
    'sns.black_list_get': () => ({ StartIndex: 0, CurruentSequence: 0, BlackListItem: [] }),
    'recentcontact.page_get': () => ({ CompleteFlag: 1, SessionItem: [], TimeStamp: 0, StartIndex: 0, TopTimeStamp: 0, TopStartIndex: 0 }),
    'recentcontact.get_contact_group': () => ({}),
    'recentcontact.search_contact_group': () => ({}),
    'openim.getmsg': (conn, head, body) => syncReply(conn, body),
    'openim.get_c2c_peer_mute_notifications': () => ({ MuteNotificationsList: [] }),
    'openim.get_peer_read_time': () => ({ ReadTime: [] }),
    'im_sdk_config_mgr.fetch_config': (conn, head, body) => ({ str_json_config: '{}', uint32_expired_time: 86400, uint32_sdkappid: sdkAppId, uint64_version: body.uint64_version || 1 }),
    'im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2': () => ({ str_purchase_bits: '', uint32_expired_time: 86400 }),
    'imopenstat.tim_web_report_v2': () => ({}),
    'openim.sendmsg'(conn, head, body) {
      const m = store({
        from: conn.userID,
        to: body.To_Account,
        elems: body.MsgBody,
        cloudCustomData: body.CloudCustomData || '',
        // C2C: the client picks MsgSeq; echoing it keeps history free of duplicates.
        seq: body.MsgSeq,
        random: body.MsgRandom,
        clientTime: body.MsgClientTime,
        onlineOnly: body.MsgLifeTime === 0
      })
      if (m.to !== conn.userID) pushMessage(m.to, m, { EventArray: [{ Event: 1, C2cMsgArray: [wireMessage(m, m.to)] }] })
      return { MsgTime: m.time, MsgSeq: m.seq }
    },
    // History, two ways (both this command): the SDK's own paging (getMessageList) sends LastMsgTime 0 and no
    // MsgKey for the newest page, then the MsgKey (+ LastMsgTime) of the previous reply; getMessageListHopping
    // (lite-chat's message-enhancer) sends a time (LastMsgTime) and never a MsgKey with it.
    // GetDirection 0 walks to older messages, 1 to newer. Assumed (the real server is not documented here):
    // with no MsgKey the given second is INCLUDED (messages at or before it for 0, at or after it for 1; the
    // SDK asks 15 + 1 when it recovers newer messages from its last known time), a MsgKey continues strictly
    // after the keyed message, and Tencent's order is time, then MsgSeq.
    'openim.getroammsg'(conn, head, body) {
      const peer = body.Peer_Account
      const max = body.MaxCnt || 15
      const direction = body.GetDirection ?? 0
      if (direction !== 0 && direction !== 1) {
        problem(`openim.getroammsg: unknown GetDirection ${JSON.stringify(direction)}`)
        return { error: [60020, 'emulator: unknown GetDirection'] }
      }
      const older = direction === 0
      const all = log.filter((m) => m.pair === pairOf(conn.userID, peer) && !m.onlineOnly && (body.WithRecalledMsg || !m.revoked)).sort((a, b) => a.time - b.time || a.seq - b.seq)
      // The walk starts at the newest message (direction 0) or at the oldest (direction 1).
      const walk = older ? all.slice().reverse() : all
      const time = Number(body.LastMsgTime) || 0
      let start = 0
      if (body.MsgKey) {
        start = walk.findIndex((m) => m.key === body.MsgKey) + 1
        if (start === 0) {
          problem(`openim.getroammsg: unknown MsgKey ${body.MsgKey}`)
          return { error: [20001, 'emulator: unknown MsgKey'] }
        }
      } else if (time) {
        start = walk.findIndex((m) => (older ? m.time <= time : m.time >= time))
        if (start < 0) start = walk.length
      }
      const page = walk.slice(start, start + max)
      const complete = start + max >= walk.length
      const last = page[page.length - 1]
      return {
        Complete: complete ? 1 : 0,
        MsgCnt: page.length,
        LastMsgTime: last ? last.time : 0,
        MsgKey: complete || !last ? '' : last.key,
        // Oldest first in both directions (the SDK does not reorder; it reads the newest as the last one).
        MsgList: (older ? page.slice().reverse() : page).map((m) => {
          const w = wireMessage(m, conn.userID)
          if (m.revoked) w.IsPlaceMsg = 0
          if (m.revoked) w.MsgFlagBits = 1
          return w
        })
      }
    },
    'openim.msgreaded'(conn, head, body) {
      conn.reads.push(body)
    },
    'openim.msgwithdraw'(conn, head, body) {
      const info = body.MsgInfo || {}
      const m = log.find((x) => x.from === info.From_Account && x.to === info.To_Account && x.seq === info.MsgSeq && x.random === info.MsgRandom)
      if (!m) return { error: [20001, 'emulator: no such message'] }
      if (seconds() - m.time > 120) return { error: [20016, 'emulator: revoke time limit exceeded'] }
      m.revoked = true
    },
    'im_cos_msg.get_imageinfo'(conn, head, body) {
      const url = body.str_image_url
      const upload = uploads.find((u) => url.endsWith(u.url.replace(/^https:\/\//, ''))) || uploads[uploads.length - 1]
      const f = (upload && files.get(upload.filePath)) || { width: 0, height: 0 }
      const info = (type, scale) => ({ uint32_image_type: type, str_url: `${url}${type ? `?imageView2/3/w/${Math.round(f.width * scale)}` : ''}`, uint32_width: Math.round(f.width * scale), uint32_height: Math.round(f.height * scale), str_image_format: 'png' })
      // 0 original, 1 thumbnail (198), 2 large (720), 3 the original's size: the SDK's own convention.
      return { rpt_msg_image_info: [info(0, 1), info(1, 0.3), info(2, 1), info(3, 1)] }
    },
    // downloadMergerMessage: the request's downloadKey goes out as JsonMsgKey; MsgList comes back as messageList
    // (the SDK's own key maps). The reply shape beyond that key is an assumption; the error code is invented.
    'im_long_msg.get_relay_json_msg'(conn, head, body) {
      const list = relays.get(body.JsonMsgKey)
      return list ? { MsgList: list } : { error: [10004, 'emulator: no such merged message'] }
    },
    'im_cos_msg.simple_sig'(conn, head, body) {
      const item = (body.rpt_upload_object || [])[0] || {}
      const key = `emu/${sdkAppId}/${conn.userID}/${uploads.length + 1}_${item.str_file_name}`
      return {
        str_final_ip: '',
        rpt_pre_sig: [{ uint32_file_id: item.uint32_file_id ?? 1, uint32_exist_flag: 0, str_upload_url: `https://cos.emulator.invalid/${key}`, str_download_url: `https://cos.emulator.invalid/${key}`, str_file_key: key }]
      }
    }
  }

  function handleFrame(conn, data) {
    let frame
    try {
      frame = decodeFrame(data)
    } catch (err) {
      problem(`unparseable frame: ${String(err)}`)
      return
    }
    const { head = {}, body = {} } = frame
    const servcmd = head.servcmd
    frames.push({ dir: 'in', conn: conn.id, servcmd, seq: head.seq, body, head })
    if (held.has(servcmd)) return
    const queued = failures.get(servcmd)
    if (queued && queued.length) {
      const { code, info } = queued.shift()
      replyError(conn, head, code, info)
      return
    }
    const hooks = before.get(servcmd)
    if (hooks && hooks.length) hooks.shift()({ conn: conn.id, userID: conn.userID, body })
    const handler = handlers[servcmd]
    if (!handler) {
      problem(`unknown command ${servcmd}: ${JSON.stringify(body).slice(0, 200)}`)
      replyError(conn, head, 60020, `emulator: unknown command ${servcmd}`)
      return
    }
    if (servcmd !== 'im_open_status.wslogin' && !conn.userID && servcmd !== 'imopenstat.tim_web_report_v2' && servcmd !== 'heartbeat.alive') {
      replyError(conn, head, 70398, 'emulator: not logged in on this socket')
      return
    }
    const out = handler(conn, head, body) || {}
    if (out.error) replyError(conn, head, out.error[0], out.error[1])
    else if (out.arrived) reply(conn, head, out.body, out.arrived)
    else reply(conn, head, out)
  }

  const server = {
    sdkAppId,
    users,
    frames,
    problems,
    log,
    files,
    uploads,
    httpRequests,
    /** Messages per openim.getmsg page (the real server's number is unknown). */
    syncPageSize: 20,
    /** true: a sync returns every message after the cookie, including those already pushed (see syncReply). */
    syncReplaysPushed: false,
    /** Whether message m reached one of userID's sockets (a push or a sync reply that arrived). */
    delivered: (userID, m) => deliveredTo(userID).has(m.key),

    addUser(userID, { userSig, expired = false, nick = '', avatar = '' } = {}) {
      Object.assign(ensureUser(userID), { userSig, expired, nick, avatar })
      return server
    },

    /** Called by wx.connectSocket: checks the URL, then gives back the server side of the socket. */
    connect(url, client) {
      const conn = { id: nextConnId++, url, client, closed: false, userID: undefined, refused: false, reads: [], instId: 0 }
      conn.instId = conn.id
      conn.refused = server.refusing
      // The SDK walks its host list on reconnects: own domain, then the shared ones.
      const m = /^wss:\/\/([^/]+)\/binfo\?(.*)$/.exec(url)
      const hosts = [`${sdkAppId}w4c.my-imcloud.com`, 'wss.im.qcloud.com', 'wssv6.im.qcloud.com', 'wss.tim.qq.com', 'wss.im.tencent.cn']
      const query = new Map((m ? m[2] : '').split('&').map((kv) => kv.split('=')))
      if (!m || !hosts.includes(m[1]) || Number(query.get('sdkappid')) !== sdkAppId) problem(`unexpected socket URL ${url}`)
      conn.host = m ? m[1] : ''
      if (query.get('sdkversion') !== sdkVersion) problem(`SDK version ${query.get('sdkversion')} on the wire, expected ${sdkVersion}: re-check the emulator against the new SDK`)
      conns.push(conn)
      return {
        get refused() {
          return conn.refused
        },
        receive: (data) => handleFrame(conn, data),
        clientClosed() {
          conn.closed = true
        }
      }
    },

    /** The client servcmds in order (optionally without heartbeats and stat reports). */
    commands({ all = false } = {}) {
      return frames.filter((f) => f.dir === 'in' && (all || (f.servcmd !== 'heartbeat.alive' && f.servcmd !== 'imopenstat.tim_web_report_v2'))).map((f) => f.servcmd)
    },
    /** Request bodies the server got for one servcmd. */
    bodies(servcmd) {
      return frames.filter((f) => f.dir === 'in' && f.servcmd === servcmd).map((f) => f.body)
    },
    knownCommands: () => Object.keys(handlers).sort(),
    isOnline: (userID) => online(userID).length > 0,
    connections: () => conns.map((c) => ({ id: c.id, userID: c.userID, closed: c.closed, host: c.host })),

    /** The next `count` requests for servcmd are answered with this error code. */
    failNext(servcmd, code, info = 'emulator: injected failure', count = 1) {
      if (!failures.has(servcmd)) failures.set(servcmd, [])
      for (let i = 0; i < count; i++) failures.get(servcmd).push({ code, info })
    },
    /** Stop answering servcmd (or resume with release). */
    /** Run fn once, just before the next request for servcmd is answered (what happens at that moment). */
    whenNext(servcmd, fn) {
      if (!before.has(servcmd)) before.set(servcmd, [])
      before.get(servcmd).push(fn)
    },
    hold: (servcmd) => held.add(servcmd),
    release: (servcmd) => held.delete(servcmd),

    /** Server-side close of every socket of a user (network drop, server restart). */
    drop(userID, code = 1006, reason = 'emulator drop') {
      for (const c of online(userID)) {
        c.closed = true
        c.client.close(code, reason)
      }
    },
    /** New sockets are refused (the open fails) until allowed again. */
    refuseConnections(value = true) {
      server.refusing = value
    },
    refusing: false,

    /** Force offline: 1 multipleAccount, 2 multipleDevice, 3 REST_API_Kick. */
    kick(userID, kickType) {
      pushTo(userID, { EventArray: [{ Event: 9, C2cNotifyMsgArray: [{ KickoutMsgNotify: { KickType: kickType, NewInstInfo: {} } }] }] }, KICK_CMD)
      for (const c of online(userID)) c.userID = undefined
    },

    /** A message from `from` to `to`: stored (history) and pushed to `to`'s sockets (unless silent: history only). */
    push(from, to, elems, { cloudCustomData = '', nick, avatar, time, silent = false } = {}) {
      const m = store({ from, to, elems: Array.isArray(elems) ? elems : [elems], cloudCustomData, nick, avatar, time, silent })
      if (!silent) pushMessage(to, m, { EventArray: [{ Event: 1, C2cMsgArray: [wireMessage(m, to)] }] })
      return m
    },
    /** Replace a stored message's body (version + 1) and push the modification to both sides. */
    modify(m, elems, { cloudCustomData } = {}) {
      m.elems = Array.isArray(elems) ? elems : [elems]
      if (cloudCustomData !== undefined) m.cloudCustomData = cloudCustomData
      m.version += 1
      for (const who of new Set([m.to, m.from])) pushTo(who, { EventArray: [{ Event: 1, C2cMsgModNotifys: [wireMessage(m, who)] }] })
      return m
    },
    /** The sender revokes m: both sides get the notification. */
    revoke(m) {
      m.revoked = true
      // lite-chat matches the recalled message by MsgRand (3.6.6: MsgRandom) and reads the revoker from RevokerInfo.
      const info = { From_Account: m.from, To_Account: m.to, MsgSeq: m.seq, MsgRandom: m.random, MsgRand: m.random, MsgTimeStamp: m.time, TinyId: ensureUser(m.from).tinyId, MsgClientTime: m.clientTime, RevokerInfo: { Revoker_Account: m.from } }
      for (const who of new Set([m.to, m.from])) pushTo(who, { EventArray: [{ Event: 9, C2cNotifyMsgArray: [{ WithdrawC2cMsgNotify: { C2cWithdrawInfoArray: [info] } }] }] })
      return m
    },
    messagesBetween: (a, b) => log.filter((m) => m.pair === pairOf(a, b)),
    /**
     * A TIMRelayElem as the server pushes it (REST MsgContent keys): the inner messages inline (MsgList), or, when
     * `stored`, kept here under a JsonMsgKey for im_long_msg.get_relay_json_msg (what a long record does).
     */
    relayElem(title, abstracts, inner, { stored = false } = {}) {
      const list = inner.map((m, i) => ({
        From_Account: m.from,
        To_Account: m.to || DESK_ACCOUNT,
        MsgTimeStamp: m.time,
        MsgClientTime: m.time,
        MsgRandom: 7000 + i,
        MsgSeq: 500 + i,
        TinyId: ensureUser(m.from).tinyId,
        From_AccountNick: m.nick || ensureUser(m.from).nick,
        MsgBody: m.elems
      }))
      const content = { Title: title, AbstractList: abstracts, CompatibleText: '[聊天记录]', MsgNum: list.length }
      if (!stored) return { MsgType: 'TIMRelayElem', MsgContent: { ...content, MsgList: list } }
      const key = `relay-${relays.size + 1}`
      relays.set(key, list)
      return { MsgType: 'TIMRelayElem', MsgContent: { ...content, JsonMsgKey: key, PbMsgKey: `pb-${key}` } }
    },

    /** wx.request: nothing outside the socket exists; the SDK tolerates failures here. */
    http(req) {
      httpRequests.push({ url: req.url, method: req.method })
      return null
    },
    /** wx.uploadFile to a pre-signed URL from im_cos_msg.simple_sig. */
    upload(req) {
      // An injected failure stores nothing: `uploads` lists only the files COS accepted.
      if (uploadFailures > 0) {
        uploadFailures -= 1
        return { statusCode: 500, data: 'emulator: injected upload failure' }
      }
      uploads.push({ url: req.url, filePath: req.filePath, size: req.size })
      if (!req.url.startsWith('https://cos.emulator.invalid/')) {
        problem(`upload to unexpected URL ${req.url}`)
        return null
      }
      return { statusCode: 200, data: '' }
    },
    /** The next `count` uploads fail (COS answers 500; nothing is stored). */
    failNextUpload(count = 1) {
      uploadFailures += count
    },
    /** A local file the simulated wx can upload (what chooseMedia would hand over). */
    addFile(path, { size = 2048, width = 640, height = 480 } = {}) {
      files.set(path, { size, width, height })
      return { tempFilePaths: [path], tempFiles: [{ tempFilePath: path, path, size, fileType: 'image', width, height }] }
    }
  }
  return server
}

/** The Desk side: messages from the customer-service account, including an AI answer streamed by modifications. */
export function createDesk(server, account = DESK_ACCOUNT) {
  server.addUser(account, { nick: '智能客服' })
  return {
    account,
    /** A conformance-corpus message ({type, data | dataRaw | text, cloudCustomData}) pushed to userID. */
    sendFixture(userID, message) {
      const elem = message.type === 'TIMTextElem' ? textElem(message.text ?? '') : customElem(message.dataRaw ?? JSON.stringify(message.data))
      return server.push(account, userID, elem, { cloudCustomData: message.cloudCustomData || '', nick: message.nick, avatar: message.avatar })
    },
    sendText: (userID, text) => server.push(account, userID, textElem(text)),
    sendCustom: (userID, data) => server.push(account, userID, customElem(typeof data === 'string' ? data : JSON.stringify(data))),
    /** Starts a src 31 answer with the first chunk; returns { next(chunk), finish() } that modify it. */
    stream(userID, firstChunk) {
      const chunks = [firstChunk]
      const body = (finished) => customElem(JSON.stringify({ customerServicePlugin: 0, src: '31', chunks, isFinished: finished ? 1 : 0 }))
      const m = server.push(account, userID, body(false))
      return {
        message: m,
        next(chunk) {
          chunks.push(chunk)
          return server.modify(m, body(false))
        },
        finish() {
          return server.modify(m, body(true))
        }
      }
    }
  }
}
