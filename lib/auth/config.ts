// Auth.js: JWT sessions in a cookie (HttpOnly, SameSite=Lax, Secure and __Secure-/__Host- prefixed
// when the portal is served over https), created from sign-in tickets only (lib/auth/tickets.ts).
// Whether a session still counts is decided on every request by getViewer (lib/auth/viewer.ts).
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '../env';
import { redeemSignInTicket } from './sign-in';
import { readSignInTicket } from './tickets';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    memberId?: string;
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: env.SITE_URL.startsWith('https://'),
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = readSignInTicket(credentials?.ticket);
        if (!ticket) return null;
        return redeemSignInTicket(ticket.memberId, ticket.sessionVersion);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.memberId = token.sub;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
});
