import { useParams } from 'react-router';

/** The resident whose case file is open (the route's `:residentId`), so sections need no extra prop from the page. */
export function useResidentId(): string {
  return useParams().residentId ?? '';
}
