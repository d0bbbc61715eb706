// payload.data strings exactly as docs/desk-protocol.md shows them (the table test decodes them, the fuzz
// test mutates them). Order card and the notices have no reference shape: the table test builds those.
export const REFERENCE = {
  start: '{"src":"7","customerServicePlugin":0,"triggeredContent":{"language":"zh"}}',
  welcome: '{"src":"29","customerServicePlugin":0,"subtype":"welcome_msg","content":{"title":"猜你想问","items":[{"content":"如何退款？"}]}}',
  branch: '{"src":"15","customerServicePlugin":0,"content":{"header":"请选择问题类型","items":[{"content":"订单问题","desc":""}],"tail":"","selected":null}}',
  workflowBranch: '{"src":"32","customerServicePlugin":0,"status":0,"optionType":1,"taskInfo":{"taskID":123,"nodeID":"n1","env":"prod"},' +
    '"content":{"header":"请选择","items":[{"content":"是"},{"content":"否"}]}}',
  formQuestion: '{"src":"21","customerServicePlugin":0,"content":{"type":1,"header":"选择城市","items":[{"content":"北京"}],"selected":null}}',
  form: '{"src":"33","customerServicePlugin":0,"nodeStatus":0,"content":{"tip":"请完善信息","inputVariables":[' +
    '{"name":"手机号","formType":0,"placeholder":"请输入","isRequired":1,"variableValue":""},' +
    '{"name":"问题类型","formType":1,"isRequired":0,"chooseItemList":["退款","换货"],"variableValue":""}]}}',
  formSubmit: '{"src":"33","customerServicePlugin":0,"content":{"inputVariables":[{"name":"手机号","isRequired":1,"variableValue":"13800000000"}]}}',
  richText: '{"src":"30","customerServicePlugin":0,"content":"**退款说明**\\n1. …"}',
  stream: '{"src":"31","customerServicePlugin":0,"chunks":["您好，","退款一般1-3天到账"],"isFinished":0}',
  thinking: '{"src":"35","customerServicePlugin":0,"thinkingStatus":0}',
  typing: '{"src":"12","customerServicePlugin":0,"typingStatus":1}',
  seatStatus: '{"src":"26","customerServicePlugin":0,"content":{"command":"updateSeatStatus","content":"inSeat"}}',
  rating: '{"src":"9","customerServicePlugin":0,"menuContent":{"type":1,"head":"请评价","tail":"感谢评价！",' +
    '"menu":[{"id":"1","content":"非常不满意"},{"id":"5","content":"非常满意"}],"sessionId":"s1","expireTime":1767225600,' +
    '"allowClientSendRating":true,"effectiveHour":24,"selected":null}}',
  ratingSubmit: '{"src":"10","customerServicePlugin":0,"menuSelected":{"id":"5","content":"非常满意","sessionId":"s1"}}',
  requestRating: '{"src":"24","customerServicePlugin":0}',
  endHumanSession: '{"src":"27","customerServicePlugin":0,"triggeredContent":{"language":"zh"}}',
  product: '{"src":"22","customerServicePlugin":0,"content":{"header":"智能客服高级版","desc":"¥3000/月","pic":"https://…","url":"https://…",' +
    '"customField":[{"name":"订单号","value":"111"}]}}',
  timeoutWarning: '{"src":"37","customerServicePlugin":0,"content":"您已长时间未回复，会话即将结束"}'
} as const
