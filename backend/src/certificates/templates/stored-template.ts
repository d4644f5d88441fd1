import type { CertificateWording } from '@atolye/shared';

/**
 * A certificate template as stored, with each image named by the SHA-256 of its bytes in
 * `certificate_assets`. Assets are never changed or deleted, so a certificate that keeps a copy
 * of this record renders the same bytes for as long as it exists.
 */
export interface StoredTemplate {
  wording: CertificateWording;
  programmeLogo: { image: string; name: string } | null;
  partnerLogos: { image: string; name: string }[];
  signatories: { name: string; title: string; signature: string | null }[];
  euFunded: boolean;
}

/** The same template with its images loaded, as the renderer draws it. */
export interface RenderTemplate {
  wording: CertificateWording;
  programmeLogo: { image: Buffer; name: string } | null;
  partnerLogos: { image: Buffer; name: string }[];
  signatories: { name: string; title: string; signature: Buffer | null }[];
  euFunded: boolean;
}

/** Every image a stored template names. */
export function templateImages(template: StoredTemplate): string[] {
  return [
    ...(template.programmeLogo ? [template.programmeLogo.image] : []),
    ...template.partnerLogos.map((logo) => logo.image),
    ...template.signatories.flatMap((signatory) => (signatory.signature ? [signatory.signature] : [])),
  ];
}

/** The template with each image's bytes in place of its hash. */
export function withImages(template: StoredTemplate, images: Map<string, Buffer>): RenderTemplate {
  const image = (sha: string) => {
    const bytes = images.get(sha);
    if (!bytes) throw new Error(`Certificate image ${sha} is missing`);
    return bytes;
  };
  return {
    wording: template.wording,
    programmeLogo: template.programmeLogo
      ? { name: template.programmeLogo.name, image: image(template.programmeLogo.image) }
      : null,
    partnerLogos: template.partnerLogos.map((logo) => ({ name: logo.name, image: image(logo.image) })),
    signatories: template.signatories.map((signatory) => ({
      name: signatory.name,
      title: signatory.title,
      signature: signatory.signature ? image(signatory.signature) : null,
    })),
    euFunded: template.euFunded,
  };
}
