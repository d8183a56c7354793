import { useId, type ReactNode } from 'react';
import { useUserDetailsScope } from './userDetailsScope.js';

export interface SectionProps {
  /** Which section: `data-section`, for the host's CSS and tests. */
  name: 'profile' | 'verification' | 'invitation' | 'roles' | 'organizations' | 'activity';
  title: string;
  /** A function gets the heading's id, for a region inside that its heading should name. */
  children: ReactNode | ((headingId: string) => ReactNode);
  /**
   * False for a section whose content is a region of its own (OrgList, UserActivity): two
   * landmarks of one name would say the same thing twice.
   */
  isLandmark?: boolean;
}

/** One section of the details, named by its heading at the component's heading level. */
export function Section({ name, title, children, isLandmark = true }: SectionProps) {
  const { part, headingLevel } = useUserDetailsScope();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Element = isLandmark ? 'section' : 'div';
  return (
    <Element {...part('section')} data-section={name} aria-labelledby={isLandmark ? `${id}-heading` : undefined}>
      <Heading id={`${id}-heading`} {...part('heading')}>
        {title}
      </Heading>
      {typeof children === 'function' ? children(`${id}-heading`) : children}
    </Element>
  );
}
