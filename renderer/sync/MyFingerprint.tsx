import { useT } from '../app/i18n';

/** This installation's key fingerprint, to read out by phone to whoever trusts its bundles for the first time. */
export function MyFingerprint({ fingerprint, level = 3 }: { fingerprint: string; level?: 2 | 3 }) {
  const { t } = useT();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="my-fingerprint" className="card my-fingerprint">
      <Heading id="my-fingerprint" className="card__title">
        {t('sync:ui.fingerprint.title')}
      </Heading>
      <p className="fingerprint">{fingerprint}</p>
      <p className="muted">{t('sync:ui.fingerprint.explain')}</p>
    </section>
  );
}
