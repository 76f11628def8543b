import { useMemo } from 'react';
import type { Catalogue } from '../../shared/api/programme';
import type { Lang } from '../../shared/model/text';
import { textOf } from '../../shared/model/text';
import { useApi } from './ApiContext';
import { useLoad, type Loaded } from './useLoad';

export interface CatalogueNames {
  catalogue: Catalogue;
  country(iso3: string | null): string;
  institution(id: string): string;
}

/** The country and institution catalogue, with their names in the reader's language. */
export function useCatalogue(lang: Lang): Loaded<CatalogueNames> {
  const api = useApi();
  const loaded = useLoad('catalogue', () => api.call('catalogue.get', {}));
  return useMemo((): Loaded<CatalogueNames> => {
    if (loaded.state !== 'ready') return loaded;
    const catalogue = loaded.data;
    const countries = new Map(catalogue.countries.map((c) => [c.iso3, c.name[lang]]));
    const institutions = new Map(catalogue.institutions.map((i) => [i.id, textOf(i.name, lang)]));
    return {
      state: 'ready',
      reload: loaded.reload,
      data: {
        catalogue,
        country: (iso3) => (iso3 === null ? '' : (countries.get(iso3) ?? iso3)),
        institution: (id) => institutions.get(id) ?? id,
      },
    };
  }, [loaded, lang]);
}

/** A country's name in the reader's language (its code until the catalogue has loaded). */
export function useCountryName(lang: Lang): (iso3: string | null) => string {
  const names = useCatalogue(lang);
  return names.state === 'ready' ? names.data.country : (iso3) => iso3 ?? '';
}
