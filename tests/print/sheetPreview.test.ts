// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { sheetsI18n } from '../../shared/report/sheetsI18n';
import { SheetPreview } from '../../renderer/sheet/SheetPreview';

afterEach(() => cleanup());

describe('sheet preview', () => {
  it('shows the sheet in a script-less frame with no print button of its own', () => {
    const html = '<!doctype html><html lang="es"><body><h1>X. Manual</h1></body></html>';
    render(createElement(I18nextProvider, { i18n: sheetsI18n('es') }, createElement(SheetPreview, { html })));
    const frame = screen.getByTitle<HTMLIFrameElement>('Vista previa de la ficha');
    expect(frame.getAttribute('srcdoc')).toBe(html);
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    // Printing is the screen's one PDF button, not a second one on the frame.
    expect(screen.queryByRole('button')).toBeNull();
  });
});
