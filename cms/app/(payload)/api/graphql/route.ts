/* Payload GraphQL API (from Payload's app template), for signed-in staff only. */
import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';
import { guardGraphql } from '../../../../api/guardGraphql';

export const POST = guardGraphql(GRAPHQL_POST(config));
export const OPTIONS = REST_OPTIONS(config);
