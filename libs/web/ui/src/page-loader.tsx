import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** Shown while a page's code or the session is loading. `label` is read by screen readers. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center mih="50vh" role="status">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}
