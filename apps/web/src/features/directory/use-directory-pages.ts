import type { Page } from '@torchbridge/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';

/** Keyset pages of one directory query; `fetchNextPage` appends the next page after the last one shown. */
export function useDirectoryPages<T>(
  queryKey: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
) {
  const pages = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...pages, items };
}
