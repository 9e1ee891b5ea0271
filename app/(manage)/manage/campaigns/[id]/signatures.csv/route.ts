// A campaign's confirmed signatures as CSV for the staff who run it (lib/campaigns/signers-csv.ts):
// a visitor is sent to sign in; anyone else who may not have it gets the same 404 as for no campaign.
import type { NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { exportSigners } from '@/lib/campaigns/signers-csv';
import { redirectToPath } from '@/lib/site/redirects';
import { csvAttachmentResponse, notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { id } = await params;
  const result = await exportSigners(await getViewer(), id, { ip: await clientAddress() });
  if (!result.ok) {
    if (result.status === 401) {
      return redirectToPath(signInPath(`/manage/campaigns/${encodeURIComponent(id)}/signatures.csv`), 303);
    }
    return notFoundResponse();
  }
  return csvAttachmentResponse(result.data.body, result.data.fileName);
}
