import { DemoPage } from "./DemoPage";

export function App() {
  return <DemoPage />;
}
