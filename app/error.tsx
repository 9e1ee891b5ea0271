'use client';

import { ErrorView } from '@/components/errors/error-view';

// A failure in the public layout itself: no header to show, so the main landmark stands alone.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
