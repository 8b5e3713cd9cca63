import { createContext, useContext } from 'react';
import { hasPermission, strictAssert, type Permission, type User } from '../../../shared/index.ts';

const UserContext = createContext<User | null>(null);

export const UserProvider = UserContext.Provider;

/** The signed-in user; every screen below the sign-in gate has one. */
export function useUser(): User {
  const user = useContext(UserContext);
  strictAssert(user !== null, 'useUser is used inside the sign-in gate');
  return user;
}

/** Whether the user's role has the permission: to hide what core would refuse anyway. */
export function useCan(permission: Permission): boolean {
  return hasPermission(useUser().role, permission);
}
