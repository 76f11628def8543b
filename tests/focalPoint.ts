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
