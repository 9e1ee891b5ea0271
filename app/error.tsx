'use client';

import { ErrorView } from '@/components/errors/error-view';

// A failure in a page or a group's layout: shown inside the root layout's header and footer.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
