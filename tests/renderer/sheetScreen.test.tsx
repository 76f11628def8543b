import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { makeApi, renderWithProviders } from './renderWithProviders';

/** The sheet the preview frame holds (its srcdoc: the frame runs no scripts and jsdom lays nothing out). */
function frameHtml(): string {
  return screen.getByTitle('Vista previa de la ficha').getAttribute('srcdoc') ?? '';
}

describe('status sheet screen', () => {
  it('is reached from the group, previews the sheet in the UI language and follows the language and paper chosen', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/group/2020-2021/VII' });
    await user.click(
      await screen.findByRole(
        'link',
        { name: 'Ficha de situación (vista previa e impresión)' },
        { timeout: 10_000 },
      ),
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Ficha de situación del grupo de trabajo VII' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/sheet/2020-2021/VII');

    await screen.findByTitle('Vista previa de la ficha', {}, { timeout: 10_000 });
    expect(frameHtml()).toContain('Ficha de situación del grupo de trabajo');
    expect(screen.getByLabelText('Idioma de la ficha')).toHaveValue('es');
    expect(screen.getByLabelText('Papel')).toHaveValue('a4');
    // One way to print: the PDF button, styled as the screen's main action.
    expect(screen.getAllByRole('button', { name: /pdf|imprimir/i })).toEqual([
      screen.getByRole('button', { name: 'Guardar como PDF' }),
    ]);
    expect(screen.getByRole('button', { name: 'Guardar como PDF' })).toHaveClass('button');
    expect(screen.getByRole('button', { name: 'Guardar como PDF' })).not.toHaveClass('button--secondary');

    await user.selectOptions(screen.getByLabelText('Idioma de la ficha'), 'en');
    await waitFor(() => expect(frameHtml()).toContain('Working group status sheet'), { timeout: 10_000 });
    const a4 = frameHtml();
    await user.selectOptions(screen.getByLabelText('Papel'), 'letter');
    await waitFor(() => expect(frameHtml()).not.toBe(a4), { timeout: 10_000 });
    expect(frameHtml()).toMatch(/letter/i);
    // The UI stays in Spanish: only the sheet changed language.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Ficha de situación del grupo de trabajo VII',
    );
  });

  it('offers a focal point the sheet of their own country from the overview', async () => {
    const { client } = await makeApi();
    const { user } = renderWithProviders(<App />, { client, hash: '#/' });
    await user.click(
      await screen.findByRole('link', { name: 'Ficha de situación de mi país' }, { timeout: 10_000 }),
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Ficha de situación de Colombia' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    await screen.findByTitle('Vista previa de la ficha', {}, { timeout: 10_000 });
    expect(frameHtml()).toContain('Ficha de situación del país');
  });
});
