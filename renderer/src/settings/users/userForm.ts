import { z } from 'zod';
import { Role, UserSaveInput, type User } from '../../../../shared/index.ts';

/**
 * What the form holds: plain strings, as inputs give them. An empty dinas is none (and only a liaison
 * keeps one); an empty password leaves the stored one as it is. Then the shared schema checks it all, so
 * the form refuses exactly what core would.
 */
export const UserFields = z
  .strictObject({
    id: z.string().optional(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    dinasId: z.string(),
    active: z.boolean(),
    password: z.string(),
  })
  .transform(({ dinasId, password, ...rest }): z.input<typeof UserSaveInput> => ({
    ...rest,
    dinasId: rest.role === 'penghubung' && dinasId !== '' ? dinasId : null,
    ...(password === '' ? {} : { password }),
  }))
  .pipe(UserSaveInput);

export type UserFieldValues = z.input<typeof UserFields>;

export const NEW_USER: UserFieldValues = {
  username: '',
  displayName: '',
  role: 'moderator',
  dinasId: '',
  active: true,
  password: '',
};

export const fieldsOf = (user: User): UserFieldValues => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  dinasId: user.dinasId ?? '',
  active: user.active,
  password: '',
});
