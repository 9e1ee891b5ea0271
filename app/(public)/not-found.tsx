import { NotFoundView } from '@/components/errors/not-found-view';

// notFound() from a public page: shown inside the public layout's header and footer.
export default function PublicNotFound() {
  return <NotFoundView />;
}
