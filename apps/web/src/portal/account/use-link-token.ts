import { useSearchParams } from 'react-router-dom';

/** The single-use code of an emailed link (`?token=…`), or null when the address has none. */
export function useLinkToken(): string | null {
  const [params] = useSearchParams();
  return params.get('token')?.trim() || null;
}
