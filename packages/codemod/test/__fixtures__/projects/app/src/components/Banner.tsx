export function Banner({ title }: { title: string }) {
  return <h1 className="banner">{title}</h1>;
}
