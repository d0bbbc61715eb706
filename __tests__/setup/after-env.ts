import '@testing-library/jest-dom'

// jsdom lacks layout APIs that Taro's ScrollView and our list call.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}
