import { fireEvent, screen, waitFor } from '@testing-library/react'

/** Types into a Taro H5 Input found by its accessible name (the native <input> renders inside it asynchronously). */
export async function typeInto(label: string, text: string): Promise<HTMLInputElement> {
  const host = (await screen.findByLabelText(label)) as HTMLElement
  const native = await waitFor(() => {
    const el = host.querySelector('input')
    if (!el) throw new Error('native input not rendered yet')
    return el
  })
  fireEvent.input(native, { target: { value: text } })
  return native
}
