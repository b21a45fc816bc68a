import { Widget } from './widget'

export function Footer() {
  return <Widget apiKey='optimo_sandbox_A1s2D3f4G5h6J7k8' title="C:\\docs" />
}
