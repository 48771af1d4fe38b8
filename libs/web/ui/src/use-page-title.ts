import { useEffect } from 'react';

/** Sets `document.title` to "<page> · Bridgeway" while the page is shown. */
export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} · Bridgeway` : 'Bridgeway';
  }, [page]);
}
