import type { Page } from '@torchbridge/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { DirectoryResultsProps } from './directory-results';

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

type PageState<T> = Pick<
  DirectoryResultsProps<T>,
  | 'items'
  | 'isPending'
  | 'error'
  | 'hasNextPage'
  | 'isFetchingNextPage'
  | 'fetchNextPage'
  | 'retry'
>;

/** The loading, paging and retry props of `DirectoryResults`, taken from `useDirectoryPages`. */
export function pageState<T>(
  pages: ReturnType<typeof useDirectoryPages<T>>,
): PageState<T> {
  return {
    items: pages.items,
    isPending: pages.isPending,
    error: pages.error,
    hasNextPage: pages.hasNextPage,
    isFetchingNextPage: pages.isFetchingNextPage,
    fetchNextPage: () => void pages.fetchNextPage(),
    retry: () => void pages.refetch(),
  };
}
