// A titled block of the side panel; a count in the title says how much is inside.
import type { ReactNode } from 'react';

export function Section(props: { title: string; count?: number; testId?: string; children: ReactNode }) {
  return (
    <section className="panel-section" data-testid={props.testId}>
      <h3>
        {props.title}
        {props.count !== undefined && <span className="count">{props.count}</span>}
      </h3>
      {props.children}
    </section>
  );
}
