import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../shared/api/client';
import { LocalizedText } from '../../../renderer/ui/LocalizedText';
import { makeApi, renderWithProviders } from '../renderWithProviders';

const SPANISH_ONLY = { orig: 'es', es: 'Encuesta regional de uso del tiempo' } as const;

let client: ApiClient;
beforeAll(async () => {
  client = (await makeApi(null)).client;
});

describe('a programme text in the reader language, or in the language it has, said in words', () => {
  it('says in Portuguese that a text the programme holds only in Spanish is in Spanish', () => {
    renderWithProviders(<LocalizedText value={SPANISH_ONLY} />, { client, lang: 'pt' });
    expect(screen.getByText('Encuesta regional de uso del tiempo')).toHaveAttribute('lang', 'es');
    expect(screen.getByText('(em espanhol)')).toBeVisible();
  });

  it('says it in French and in English too, each in the reader language', () => {
    renderWithProviders(<LocalizedText value={SPANISH_ONLY} />, { client, lang: 'fr' });
    expect(screen.getByText('(en espagnol)')).toBeVisible();
    renderWithProviders(<LocalizedText value={SPANISH_ONLY} />, { client, lang: 'en' });
    expect(screen.getByText('(in Spanish)')).toBeVisible();
  });

  it('adds nothing to a text in the reader language', () => {
    const { container } = renderWithProviders(<LocalizedText value={SPANISH_ONLY} />, { client, lang: 'es' });
    expect(container.textContent).toBe('Encuesta regional de uso del tiempo');
    expect(screen.getByText('Encuesta regional de uso del tiempo')).not.toHaveAttribute('lang');
  });
});
