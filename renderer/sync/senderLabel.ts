import type { Translate } from '../app/i18n';

/** "Ana Pérez (Colombia)", or the role in words for a sender that speaks for no country. */
export function senderLabel(
  t: Translate,
  countryName: (iso3: string | null) => string,
  sender: { name: string; country: string | null; role: string },
): string {
  const role =
    sender.role === 'focal-point' || sender.role === 'coordinator' || sender.role === 'secretariat'
      ? t(`common:role.${sender.role}`)
      : sender.role;
  return `${sender.name} (${sender.country ? countryName(sender.country) : role})`;
}

/** "Grupo VII" for `2020-2021/VII`. */
export function groupLabel(t: Translate, groupId: string): string {
  return t('overview:group', { numeral: groupId.split('/')[1] ?? groupId });
}
