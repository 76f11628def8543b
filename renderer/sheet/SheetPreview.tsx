import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SheetPreviewProps {
  /** The document `sheet.html` returns: the same markup and print stylesheet the PDF is made from. */
  html: string;
}

/**
 * The sheet in a frame, with a button that opens the system print dialog on the frame alone (where
 * "Save as PDF" is one of the printers). The frame runs no scripts; `allow-same-origin` lets this page
 * call its print(), `allow-modals` lets the dialog open.
 */
export function SheetPreview({ html }: SheetPreviewProps) {
  const { t } = useTranslation('sheets');
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <section className="sheet-preview">
      <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
        {t('preview.print')}
      </button>
      <iframe ref={frame} title={t('preview.frame')} srcDoc={html} sandbox="allow-same-origin allow-modals" style={{ width: '100%', minHeight: '80vh', border: '1px solid #c9d1d8', background: '#fff' }} />
    </section>
  );
}
