import type { PropsWithChildren } from 'react'

import './app.scss'

// The host app stays as small as a blank Taro app: the chat loads with its subpackage.
function App({ children }: PropsWithChildren) {
  return children
}

export default App
