import { createContext, useContext, type ReactNode } from 'react';

/** The few words the shared components say themselves, already in the reader's language. */
export interface UiLabels {
  /** Appended to every page title, e.g. "Torchbridge" or "火炬桥". */
  siteName: string;
}

const UiLabelsContext = createContext<UiLabels>({ siteName: '' });

/** Hands the shared components their words; the app fills it from its translations. */
export function UiLabelsProvider({
  labels,
  children,
}: {
  labels: UiLabels;
  children: ReactNode;
}) {
  return (
    <UiLabelsContext.Provider value={labels}>
      {children}
    </UiLabelsContext.Provider>
  );
}

export function useUiLabels(): UiLabels {
  return useContext(UiLabelsContext);
}
