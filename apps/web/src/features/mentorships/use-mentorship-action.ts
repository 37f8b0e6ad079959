import type { MentorshipView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export const mentorshipKey = (id: string) => ['mentorships', id] as const;

/** A change to one mentorship; the answer is the updated mentorship, so it replaces the cached one. */
export function useMentorshipAction<A>(
  id: string,
  action: (input: A) => Promise<MentorshipView>,
  onDone?: () => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async (mentorship) => {
      queryClient.setQueryData(mentorshipKey(id), mentorship);
      onDone?.();
      // The list shows status; it refetches in the background.
      await queryClient.invalidateQueries({
        queryKey: ['mentorships'],
        exact: true,
      });
    },
  });
}
