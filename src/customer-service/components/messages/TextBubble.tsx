import { Text } from '@tarojs/components'
import { memo, useMemo } from 'react'
import { linkSegments } from './format'

/** Plain text; allow-listed links (http(s), /pages/…) are tappable, everything else is inert text. */
export const TextBubble = memo(function TextBubble({ text, onLink }: { text: string; onLink: (url: string) => void }) {
  const segments = useMemo(() => linkSegments(text), [text])
  return (
    <Text className='cs-text' userSelect>
      {segments.map((s, i) =>
        s.link ? (
          <Text key={i} className='cs-text__link' onClick={() => onLink(s.link!)}>
            {s.text}
          </Text>
        ) : (
          s.text
        )
      )}
    </Text>
  )
})
