// The contract between the message list and the per-kind renderers.
import type { FormResult } from '../../session/service'
import type { DeskView, MenuItem, RatingOption } from '../../protocol/types'
import type { ListItem } from '../../store/state'
import type { Translate } from '../../i18n/strings'

/** What a renderer may ask the chat to do; the screen wires these to the session. */
export interface CardActions {
  answerMenu(messageId: string, item: MenuItem): void
  answerWorkflow(messageId: string, item: MenuItem): void
  submitForm(messageId: string, values: Record<string, string>): Promise<FormResult>
  /** Resolves false when the rating did not go out (the card can be used again). */
  submitRating(messageId: string, option: RatingOption): Promise<boolean> | void
  previewImage(url: string): void
  openLink(url: string): void
  /** #19 set only with unconfirmedDeskShapes=optionLinks: a menu option carrying a `url` opens it (toolbar allow-list). */
  openOptionLink?(url: string): void
  feedback(messageId: string, helpful: boolean): void
  /** Opens a long form (33) in the screen's bottom sheet; without it, forms are answered inline. */
  openForm?(messageId: string): void
}

export interface RendererProps<V extends DeskView = DeskView> {
  item: ListItem & { view: V }
  /** The user's answer to this card in this page session (branch, workflow, form). */
  answer?: string
  /** The user already submitted this rating card. */
  rated: boolean
  /** Now, in seconds: for expiry. */
  now: number
  t: Translate
  actions: CardActions
}
