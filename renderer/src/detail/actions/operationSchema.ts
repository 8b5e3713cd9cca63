import type { z } from 'zod';
import { Operation, strictAssert, type OperationName } from '../../../../shared/index.ts';

type OperationSchema = (typeof Operation.options)[number];
type SchemaOf<N extends OperationName> = Extract<OperationSchema, { shape: { name: z.ZodLiteral<N> } }>;

/**
 * One operation's schema from the shared contract, so every form checks its arguments exactly as the
 * server does: `operationSchema('reject').shape.args`.
 */
export function operationSchema<N extends OperationName>(name: N): SchemaOf<N> {
  const option = Operation.options.find((o): o is SchemaOf<N> => o.shape.name.value === name);
  strictAssert(option, `the operation contract has ${name}`);
  return option;
}
