import { useTranslation } from 'react-i18next';

export interface SheetPreviewProps {
  /** The document `sheet.html` returns: the same markup and print stylesheet the PDF is made from. */
  html: string;
}

/**
 * The sheet in a frame that runs no scripts (same origin only so that it loads the app's fonts). Printing goes through the one PDF button of the screen,
 * whose file is the one checked to fit a page, rather than through the browser's print of the frame.
 */
export function SheetPreview({ html }: SheetPreviewProps) {
  const { t } = useTranslation('sheets');
  return (
    <section className="sheet-preview">
      <iframe
        title={t('preview.frame')}
        srcDoc={html}
        sandbox="allow-same-origin"
        style={{ width: '100%', minHeight: '80vh', border: '1px solid #c9d1d8', background: '#fff' }}
      />
    </section>
  );
}
