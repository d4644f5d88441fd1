/**
 * The attendance, check-in display and evaluations pages are shown under both the trainer's and
 * the coordinator's areas; the route's data says which. Component input binding sets the input
 * to undefined where the route has no such data, so anything but 'coordinate' means teaching.
 */
export type SessionArea = 'teach' | 'coordinate';

export function sessionsPath(area: SessionArea | undefined): string {
  return area === 'coordinate' ? '/coordinate/sessions' : '/teach/sessions';
}
