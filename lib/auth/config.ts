// Auth.js: JWT sessions in a cookie (HttpOnly, SameSite=Lax, Secure and __Secure-/__Host- prefixed
// when the portal is served over https), created from sign-in tickets only (lib/auth/tickets.ts).
// The cookie names a MemberSession row (lib/auth/sessions.ts): each read of the session checks the
// row, so a session ended on the server (sign-out, /account, an admin, a new password) is no
// session at all, here and at /api/auth/session, which then clears the cookie.
import { headers } from 'next/headers';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '../env';
import { clientAddress } from './request';
import { endMemberSession, findLiveSession, startMemberSession } from './sessions';
import { redeemSignInTicket } from './sign-in';
import { readSignInTicket } from './tickets';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    memberId?: string;
    /** The MemberSession row this cookie stands for. */
    sessionId?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sid?: string;
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
        return redeemSignInTicket(ticket);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id && user.sessionVersion !== undefined) {
        // A sign-in the ticket vouched for: a new row, named by the cookie.
        const facts = { ip: await clientAddress(), userAgent: (await headers()).get('user-agent') };
        return {
          sub: user.id,
          sid: await startMemberSession({ id: user.id, sessionVersion: user.sessionVersion }, facts),
        };
      }
      // Any later read: null (no session, cookie cleared) unless the row is still live.
      if (!token.sub || !token.sid) return null;
      return (await findLiveSession(token.sid, token.sub)) ? token : null;
    },
    session({ session, token }) {
      session.memberId = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server, not only in this browser.
    async signOut(message) {
      if ('token' in message && message.token?.sid) await endMemberSession(message.token.sid);
    },
  },
});
