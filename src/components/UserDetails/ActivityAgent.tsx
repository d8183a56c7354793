import type { Parts } from '../styling.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import type { UserActivityMessages } from './activityMessages.js';
import { AGENT_SHORT_LENGTH, shorten, summarizeAgent } from './ActivityUserAgent.js';

export interface ActivityAgentProps {
  agent: string;
  t: UserActivityMessages;
  part: Parts<'agent' | 'agent-summary' | 'agent-full'>;
}

/**
 * A user agent as "Chrome 131 on Windows" (or its first characters, when no known token explains
 * it), opening to the whole string: a native disclosure, so it works by keyboard and without
 * script, and the whole text is never more than one press away.
 */
export function ActivityAgent({ agent, t, part }: ActivityAgentProps) {
  const { browser, system } = summarizeAgent(agent);
  const short = browser || system ? t.agent(browser, system) : shorten(agent);
  if (short === agent || (!browser && !system && agent.length <= AGENT_SHORT_LENGTH)) return <bdi {...part('agent')}>{agent}</bdi>;
  return (
    <details {...part('agent')}>
      <summary {...part('agent-summary')}>
        <bdi>{short}</bdi>
        <VisuallyHidden> · {t.fullAgent}</VisuallyHidden>
      </summary>
      <bdi {...part('agent-full')}>{agent}</bdi>
    </details>
  );
}
