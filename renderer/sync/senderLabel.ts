import type { Translate } from '../app/i18n';

/** "Ana Pérez (Colombia)", or the role in words for a sender that speaks for no country. */
export function senderLabel(
  t: Translate,
  countryName: (iso3: string | null) => string,
  sender: { name: string; country: string | null; role: string },
): string {
  return `${sender.name} (${sender.country ? countryName(sender.country) : roleLabel(t, sender.role)})`;
}

/** A sender's role in words; a role this version does not know is shown as the bundle states it. */
export function roleLabel(t: Translate, role: string): string {
  return role === 'focal-point' || role === 'coordinator' || role === 'secretariat'
    ? t(`common:role.${role}`)
    : role;
}

/** "Grupo VII" for `2020-2021/VII`. */
export function groupLabel(t: Translate, groupId: string): string {
  return t('overview:group', { numeral: groupId.split('/')[1] ?? groupId });
}
