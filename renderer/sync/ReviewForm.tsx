import { useState } from 'react';
import type { ReviewState } from '../../shared/domain/review';
import { validateReview } from '../../shared/domain/validation';
import type { ProgressReport, Review } from '../../shared/model/records';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage, useErrorText } from '../ui/ErrorMessage';
import { Field } from '../ui/Field';
import { useSubmit } from '../ui/useSubmit';

/**
 * A report's review: the decision as everyone sees it, and, for the group's coordinator or the
 * secretariat (`canReview`), accept or return with a comment (a return says what to fix). The
 * decision travels in bundles. A report corrected after its decision is awaiting review again.
 */
export function ReviewForm({
  report,
  canReview,
  state = report.review ? report.review.decision : 'awaiting-review',
  onReviewed,
}: {
  report: ProgressReport;
  canReview: boolean;
  state?: ReviewState;
  onReviewed?: (review: Review) => void;
}) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const errorText = useErrorText();
  const api = useApi();
  const submit = useSubmit<Review>();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [review, setReview] = useState<Review | null>(report.review);
  const [justDecided, setJustDecided] = useState(false);
  const [reopened, setReopened] = useState(false);
  const awaiting = !justDecided && state === 'awaiting-review';

  async function decide(decision: Review['decision']) {
    const rule = validateReview({ decision, comment }).comment;
    setCommentError(rule && errorText({ code: 'invalid-form', i18nKey: rule }));
    if (rule) return;
    const result = await submit.run(() => api.call('review.set', { reportId: report.id, decision, comment }));
    if (result.ok) {
      setReview(result.data);
      setComment('');
      setJustDecided(true);
      setReopened(false);
      onReviewed?.(result.data);
    }
  }

  return (
    <section aria-label={t('sync:ui.review.title')} className="review">
      {review && (
        <div role="status">
          <p>
            {t(review.decision === 'accepted' ? 'sync:ui.review.accepted' : 'sync:ui.review.returned', {
              name: review.by.name,
              date: format.day(review.at.slice(0, 10)),
            })}
            {review.comment && t('sync:ui.review.withComment')}
            {justDecided && ` ${t('common:saved')}.`}
          </p>
          {review.comment && <blockquote className="review__comment">{review.comment}</blockquote>}
          {!justDecided && state === 'awaiting-review' && (
            <p className="muted">{t('sync:ui.review.correctedSince')}</p>
          )}
        </div>
      )}
      {canReview && !awaiting && !reopened && (
        <button type="button" className="button button--secondary" onClick={() => setReopened(true)}>
          {t('sync:ui.review.change')}
        </button>
      )}
      {canReview && (awaiting || reopened) && (
        <div className="review__decide">
          <Field
            label={t('sync:ui.review.comment')}
            hint={t('sync:ui.review.commentHint')}
            error={commentError}
          >
            {(c) => (
              <textarea
                {...c}
                rows={3}
                value={comment}
                maxLength={4000}
                onChange={(e) => setComment(e.currentTarget.value)}
              />
            )}
          </Field>
          <button
            type="button"
            className="button"
            disabled={submit.saving}
            onClick={() => void decide('accepted')}
          >
            {t('sync:ui.review.accept')}
          </button>{' '}
          <button
            type="button"
            className="button button--secondary"
            disabled={submit.saving}
            onClick={() => void decide('returned')}
          >
            {t('sync:ui.review.return')}
          </button>
          {submit.error && submit.error.code !== 'invalid-form' && <ErrorMessage error={submit.error} />}
        </div>
      )}
    </section>
  );
}
