import { useUiLabels } from '../ui-labels/ui-labels';

/** Sets document.title (React 19 hoists <title> into <head>) so each screen is announced by name. */
export function PageTitle({ title }: { title: string }) {
  const { siteName } = useUiLabels();
  return <title>{siteName ? `${title} · ${siteName}` : title}</title>;
}
