import type { z } from 'zod';
import { Operation, strictAssert } from '../../../../shared/index.ts';

type OperationSchema = (typeof Operation.options)[number];
type VerifySchema = Extract<OperationSchema, { shape: { name: z.ZodLiteral<'verify'> } }>;

const isVerify = (option: OperationSchema): option is VerifySchema => option.shape.name.value === 'verify';
const verify = Operation.options.find(isVerify);
strictAssert(verify, 'the operation contract has a verify operation');

/** The verify operation's arguments, taken from the shared contract so the form and server agree. */
export const VerifyArgs = verify.shape.args;
export type VerifyInput = z.input<typeof VerifyArgs>;
export type VerifyArgs = z.output<typeof VerifyArgs>;
