// jest never loads the real Chat SDK: its login hangs ~90 s offline and its timers keep jest alive.
// Tests of the adapter inject a fake (see __tests__/unit/im/fake-sdk.ts); anything else that tries
// to create a real SDK instance fails loudly here. Its plugins map here too: they only go to chat.use().
module.exports = {
  __esModule: true,
  default: {
    create() {
      throw new Error('The real IM SDK (@tencentcloud/lite-chat) is not available in jest: use a fake transport or the demo desk')
    },
    EVENT: {},
    TYPES: {}
  }
}
