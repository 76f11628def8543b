import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TableHead } from '../../../renderer/sheet/TableHead';

describe('sheet table head', () => {
  it('keeps neighbouring headings apart in the text a reader copies or a PDF tool extracts', () => {
    render(
      <table>
        <TableHead
          columns={[
            { width: '10%', label: 'Última actualización' },
            { width: '20%', label: 'Observaciones' },
          ]}
        />
        <tbody />
      </table>,
    );
    expect(screen.getByRole('columnheader', { name: 'Última actualización' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Observaciones' })).toBeInTheDocument();
    expect(screen.getByRole('table').textContent).toMatch(/actualización\s+Observaciones/);
  });
});
