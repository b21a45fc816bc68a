import { Widget } from './widget'

export function Footer() {
  return <Widget apiKey={process.env.OPTIMOCMS_API_KEY} title="C:\\docs" />
}
