import type { z } from 'zod';
import { operationSchema } from '../actions/operationSchema.ts';

/** The verify operation's arguments, taken from the shared contract so the form and server agree. */
export const VerifyArgs = operationSchema('verify').shape.args;
export type VerifyInput = z.input<typeof VerifyArgs>;
export type VerifyArgs = z.output<typeof VerifyArgs>;
