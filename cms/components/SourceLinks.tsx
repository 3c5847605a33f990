'use client';
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui';

/**
 * Admin: the short link of a campaign source and its QR code downloads (SVG and PNG). The link
 * uses the configured public address (PUBLIC_URL), the one printed in the QR code; reading
 * `window` here made the server render fail (HTTP 500) although the page then drew itself.
 */
export function SourceLinks() {
  const { id } = useDocumentInfo();
  const { config } = useConfig();
  const code = useFormFields(([fields]) => fields.code?.value as string | undefined);
  if (!id || !code) {
    return <p className="field-description">Na het opslaan verschijnen hier de korte link en de QR-code.</p>;
  }
  const link = `${config.serverURL}/k/${code}`;
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>Korte link:</strong> <code>{link}</code>
      </p>
      <p>
        QR-code downloaden:{' '}
        <a href={`/api/campaign-sources/${id}/qr?format=svg`} download>
          SVG (voor drukwerk)
        </a>
        {' · '}
        <a href={`/api/campaign-sources/${id}/qr?format=png`} download>
          PNG (1200 × 1200)
        </a>
      </p>
    </div>
  );
}
