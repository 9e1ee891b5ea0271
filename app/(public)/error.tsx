'use client';

import { ErrorView } from '@/components/errors/error-view';

// A failure in a public page: shown inside the site's header and footer (the layout's <main>).
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
