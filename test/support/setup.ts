import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { installBrowserStubs } from "./browserStubs";

installBrowserStubs();
afterEach(async () => {
  cleanup();
  // Component tests share the app's one store: start each from its initial state.
  const { appStore } = await import("../../src/state/store");
  appStore.setState(appStore.getInitialState(), true);
});
