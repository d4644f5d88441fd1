import { CERTIFICATE_IMAGE_MAX_BYTES } from '@atolye/shared';
import { imageProblem } from './image-file';

describe('imageProblem', () => {
  it('takes PNG and JPEG files up to the limit', () => {
    expect(imageProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(imageProblem({ type: 'image/jpeg', size: CERTIFICATE_IMAGE_MAX_BYTES })).toBeNull();
  });

  it('refuses other types and larger files, saying which', () => {
    expect(imageProblem({ type: 'image/svg+xml', size: 1000 })).toBe('type');
    expect(imageProblem({ type: 'application/pdf', size: 1000 })).toBe('type');
    expect(imageProblem({ type: 'image/png', size: CERTIFICATE_IMAGE_MAX_BYTES + 1 })).toBe('size');
  });
});
