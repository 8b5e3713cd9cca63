import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { strictAssert, type MasterData } from '../../../shared/index.ts';

const MasterContext = createContext<MasterData | null>(null);

export const MasterProvider = MasterContext.Provider;

export type MasterNames = {
  master: MasterData;
  category: (id: string | null) => string | null;
  dinas: (id: string | null) => string | null;
  kecamatan: (id: string | null) => string | null;
};

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));

/** Names of the city's master data in the current language; an unknown id shows as itself. */
export function useMasterNames(): MasterNames {
  const master = useContext(MasterContext);
  strictAssert(master !== null, 'useMasterNames is used inside MasterProvider');
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useMemo(() => {
    const categories = byId(master.categories);
    const dinas = byId(master.dinas);
    const kecamatan = byId(master.kecamatan);
    const name =
      <T extends { id: string }>(map: Map<string, T>, label: (item: T) => string) =>
      (id: string | null) => {
        if (id === null) return null;
        const item = map.get(id);
        return item ? label(item) : id;
      };
    return {
      master,
      category: name(categories, (c) => (english ? c.nameEn : c.name)),
      dinas: name(dinas, (d) => d.shortName),
      kecamatan: name(kecamatan, (k) => k.name),
    };
  }, [master, english]);
}
