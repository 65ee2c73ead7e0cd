import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { installBrowserStubs } from "./browserStubs";

installBrowserStubs();
afterEach(() => cleanup());
