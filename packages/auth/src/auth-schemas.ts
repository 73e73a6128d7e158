import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './password.ts';

export const signInBody = z.object({
  email: z.string().trim().email('must be an email address').max(254),
  password: z.string().min(1, 'is required').max(200),
});

export const signUpBody = z.object({
  email: z.string().trim().email('must be an email address').max(254),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(200, 'must be at most 200 characters'),
  displayName: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  locale: z.string().max(10).optional(),
});
