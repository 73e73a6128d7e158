import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error.ts';
import { stepAfterError } from './switch-flow.ts';

describe('stepAfterError', () => {
  it('offers the missing dependencies named by the API', () => {
    const error = new ApiError(409, 'missing_dependency', 'Notices needs City contacts, which is off.', {}, {
      missing: [{ id: 'contacts', name: { en: 'City contacts', hu: 'Városi elérhetőségek' } }],
    });
    expect(stepAfterError(error, 'x')).toEqual({
      step: 'missing',
      message: 'Notices needs City contacts, which is off.',
      missing: [{ id: 'contacts', name: { en: 'City contacts', hu: 'Városi elérhetőségek' } }],
    });
  });

  it('explains a refusal in the API’s words (required_by, not_entitled)', () => {
    const error = new ApiError(409, 'required_by', 'City contacts is needed by Notices, which is on', {}, { dependents: [] });
    expect(stepAfterError(error, 'fallback')).toEqual({ step: 'refused', message: 'City contacts is needed by Notices, which is on' });
  });

  it('falls back to a generic message for server and network failures', () => {
    expect(stepAfterError(new ApiError(500, 'internal', 'stack trace'), 'Try again')).toEqual({ step: 'refused', message: 'Try again' });
    expect(stepAfterError(new Error('boom'), 'Try again')).toEqual({ step: 'refused', message: 'Try again' });
  });
});
