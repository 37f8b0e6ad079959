import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api/services-context';
import { REQUESTS_QUERY_KEY } from '../requests/requests-query';

/** Where a founder already stands with a mentor: mentored now, or asked and waiting. */
export type MentorRelation = 'mentor' | 'requested';

/**
 * The founder's active mentorships and pending requests, read once and shared with the request pages' caches,
 * so cards and profiles can say "Your mentor" / "Requested" instead of offering another request.
 */
export function useMentorRelations(
  founder: boolean,
): (mentorId: string) => MentorRelation | undefined {
  const api = useApi();
  const sent = useQuery({
    queryKey: [...REQUESTS_QUERY_KEY, 'sent'],
    queryFn: () => api.listRequests('sent'),
    enabled: founder,
  });
  const mentorships = useQuery({
    queryKey: ['mentorships'],
    queryFn: () => api.listMentorships(),
    enabled: founder,
  });
  return (mentorId) => {
    if (
      mentorships.data?.some(
        (m) => m.mentor.id === mentorId && m.status === 'active',
      )
    ) {
      return 'mentor';
    }
    if (
      sent.data?.some((r) => r.mentor.id === mentorId && r.status === 'pending')
    ) {
      return 'requested';
    }
    return undefined;
  };
}
