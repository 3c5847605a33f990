/* Payload's admin page (from Payload's app template), with the second-factor gate in front. */
import config from '@payload-config';
import { generatePageMetadata, RootPage } from '@payloadcms/next/views';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getPayload } from 'payload';
import { isSecondFactorPending } from '../../../../auth/secondFactor/secondFactorState';
import { isOpenBeforeSecondFactor, SECOND_FACTOR_PATH } from '../../../../components/account/secondFactorPaths';
import { importMap } from '../importMap.js';

type Args = {
  params: Promise<{ segments: string[] }>;
  searchParams: Promise<{ [key: string]: string | string[] }>;
};

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams });

/**
 * Someone who signed in with a password but has not given the second factor yet sees only the
 * second-step screen. This is the friendly half; the access rules refuse such a session
 * everything anyway (see hasRole), in the admin, REST and GraphQL alike.
 */
const Page = async ({ params, searchParams }: Args) => {
  const { segments = [] } = await params;
  const adminPath = `/${segments.join('/')}`;
  if (!isOpenBeforeSecondFactor(adminPath)) {
    const payload = await getPayload({ config });
    const { user } = await payload.auth({ headers: await headers() });
    if (isSecondFactorPending(user)) redirect(`/admin${SECOND_FACTOR_PATH}`);
  }
  return RootPage({ config, params, searchParams, importMap });
};

export default Page;
