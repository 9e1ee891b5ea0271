import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { refuseCrossSite } from '@/lib/site/same-origin';

export const { GET } = handlers;

/** Auth.js checks its own CSRF token on posts; a post from another site is refused before that. */
export async function POST(request: NextRequest) {
  return refuseCrossSite(request) ?? handlers.POST(request);
}
