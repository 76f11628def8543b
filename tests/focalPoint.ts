import type { IdentityInput } from '../shared/api/settings';

/** The installation most tests act as: Colombia's focal point in group VII, working in Spanish. */
export const FOCAL_POINT: IdentityInput = {
  name: 'Ana Pérez',
  email: 'ana.perez@dane.gov.co',
  role: 'focal-point',
  country: 'COL',
  groups: ['2020-2021/VII'],
  lang: 'es',
};

/** The secretariat's installation: ECLAC's Statistics Division, for the whole region. */
export const SECRETARIAT: IdentityInput = {
  name: 'María González',
  email: 'maria.gonzalez@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  lang: 'es',
};
