import type { DeskView } from '../../protocol/types'

/** One line of text for a view: enough for this first screen; rich renderers replace it. */
export function summary(view: DeskView): string | undefined {
  switch (view.kind) {
    case 'text':
      return view.text
    case 'richText':
    case 'stream':
      return view.markdown
    case 'welcome':
      return view.title
    case 'branch':
    case 'workflowBranch':
    case 'formQuestion':
      return view.header
    case 'form':
      return view.tip || '表单'
    case 'rating':
      return view.head
    case 'notice':
      return view.text || view.notice
    case 'product':
      return view.header
    case 'order':
      return view.name
    case 'image':
      return '[图片]'
    case 'video':
      return '[视频]'
    case 'file':
      return `[文件] ${view.name}`
    case 'sound':
      return '[语音]'
    default:
      return undefined
  }
}
