// A refusal: the embed stops with one clear message and a non-zero exit, having written nothing.
export class EmbedError extends Error {
  constructor(message) {
    super(message)
    this.name = 'EmbedError'
  }
}
