import { useMutation, useQueryClient } from '@tanstack/react-query';
import { REQUESTS_QUERY_KEY } from './requests-query';

/** A request mutation that refreshes every request list (and mentorships, which an accept creates). */
export function useRequestAction<A, R>(
  action: (input: A) => Promise<R>,
  onDone: (result: R) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: async (result) => {
      onDone(result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: ['mentorships'] }),
      ]);
    },
  });
}
