export {}

type HeapProps = Record<string, string | number>

interface HeapGlobal extends Array<unknown> {
  appid?: string
  config?: Record<string, unknown>
  loaded?: boolean
  load: (appId: string, config?: Record<string, unknown>) => void
  identify: (identity: string) => void
  resetIdentity: () => void
  track: (event: string, properties?: HeapProps) => void
  addUserProperties: (properties: HeapProps) => void
  addEventProperties: (properties: HeapProps) => void
  [method: string]: any
}

declare global {
  interface Window {
    heap: HeapGlobal
  }
}
