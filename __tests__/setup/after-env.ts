import '@testing-library/jest-dom'

// jsdom lacks layout APIs that Taro's ScrollView and our list call.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

// Taro's H5 storage is localStorage: the outbox and the open cache must not leak from one test into the next.
beforeEach(() => {
  localStorage.clear()
})
