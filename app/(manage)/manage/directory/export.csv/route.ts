// The directory as CSV for admins (lib/directory-csv/export.ts): a visitor is sent to sign in;
// anyone else who may not have it gets 403.
import { signInPath } from '@/lib/auth/guards';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { exportDirectory } from '@/lib/directory-csv/export';
import { redirectToPath } from '@/lib/site/redirects';
import { csvAttachmentResponse } from '@/lib/site/responses';

export async function GET() {
  const result = await exportDirectory(await getViewer(), { ip: await clientAddress() });
  if (!result.ok) {
    if (result.status === 401) return redirectToPath(signInPath('/manage/directory/export.csv'), 303);
    return new Response('Forbidden', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
    });
  }
  return csvAttachmentResponse(result.data.body, result.data.fileName);
}
