import { useState } from 'react';
import type { ProgressReport, Review } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useSubmit } from '../ui/useSubmit';

/**
 * A report's review: the decision as everyone sees it, and, for the group's coordinator or the
 * secretariat (`canReview`), accept or return with a comment. The decision travels in bundles.
 */
export function ReviewForm({ report, canReview, onReviewed }: { report: ProgressReport; canReview: boolean; onReviewed?: (review: Review) => void }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const submit = useSubmit<Review>();
  const [comment, setComment] = useState('');
  const [review, setReview] = useState<Review | null>(report.review);

  async function decide(decision: Review['decision']) {
    const result = await submit.run(() => api.call('review.set', { reportId: report.id, decision, comment }));
    if (result.ok) {
      setReview(result.data);
      onReviewed?.(result.data);
    }
  }

  return (
    <section aria-label={t('sync:ui.review.title')}>
      {review && (
        <p role="status">
          {t(review.decision === 'accepted' ? 'sync:ui.review.accepted' : 'sync:ui.review.returned', { name: review.by.name, date: format.day(review.at.slice(0, 10)) })}
          {review.comment && <q>{review.comment}</q>}
        </p>
      )}
      {canReview && (
        <>
          <label>
            {t('sync:ui.review.comment')}
            <textarea value={comment} maxLength={4000} onChange={(e) => setComment(e.currentTarget.value)} />
          </label>
          <button type="button" className="button" disabled={submit.saving} onClick={() => void decide('accepted')}>
            {t('sync:ui.review.accept')}
          </button>{' '}
          <button type="button" className="button button--secondary" disabled={submit.saving} onClick={() => void decide('returned')}>
            {t('sync:ui.review.return')}
          </button>
          {submit.error && <ErrorMessage error={submit.error} />}
        </>
      )}
    </section>
  );
}
