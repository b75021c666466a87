import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server's HTML (so also without JavaScript), true once the page runs in the browser. */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
