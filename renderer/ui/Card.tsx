import { useId, type ReactNode } from 'react';

/** A titled section; the heading names the region for assistive technology. */
export function Card({
  title,
  level = 2,
  children,
  className,
}: {
  title: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <Heading id={id} className="card__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
