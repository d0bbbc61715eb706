// A markdown answer (Desk src 30 rich text, src 31 streaming) as a RichText, with a cursor while it streams.
import { RichText, Text, View } from '@tarojs/components'
import { memo, useMemo } from 'react'
import { markdownToNodes } from './to-nodes'
import { useThrottledValue } from './use-throttled'
import './Markdown.scss'

// A streaming answer grows by a few characters per chunk; re-parsing it about 8 times a second looks smooth
// and keeps a long answer from re-rendering on every chunk.
const STREAM_INTERVAL_MS = 120

export const Markdown = memo(function Markdown({ markdown, streaming }: { markdown: string; streaming?: boolean }) {
  const source = useThrottledValue(markdown, streaming ? STREAM_INTERVAL_MS : 0)
  const nodes = useMemo(() => markdownToNodes(source), [source])
  return (
    <View className='cs-md'>
      {/* userSelect: the URLs shown after link texts can be long-pressed and copied. */}
      <RichText className='cs-md__body' nodes={nodes} userSelect />
      {streaming ? <Text className='cs-md__cursor' aria-hidden='true' /> : null}
    </View>
  )
})
