import { describe, expect, it } from "vitest";
import { act, render, screen } from "@testing-library/react";
import { Scrolly, Step } from "../../../src/ui/scrolly/Scrolly";
import { appStore, useApp } from "../../../src/state/store";
import { FakeIntersectionObserver } from "../../support/browserStubs";

const STEPS = ["lti-recap", "gate-opens", "gate-closes"] as const;

/** The figure is a pure function of the step: it only reads the store. */
function Figure() {
  const stepId = useApp((s) => s.stepId ?? s.stepIds[0]);
  return <p data-testid="figure">figure for {stepId}</p>;
}

function Chapter() {
  return (
    <Scrolly stepIds={STEPS} figure={<Figure />}>
      {STEPS.map((id) => (
        <Step key={id} id={id}>
          <p>prose {id}</p>
        </Step>
      ))}
    </Scrolly>
  );
}

describe("Scrolly", () => {
  it("reports its steps and shows the first step before any scrolling", () => {
    render(<Chapter />);
    expect(appStore.getState().stepIds).toEqual(STEPS);
    expect(screen.getByTestId("figure")).toHaveTextContent("figure for lti-recap");
    expect(document.querySelectorAll('[data-step-id="gate-opens"]')).toHaveLength(1);
  });

  it("makes the step crossing the trigger line active, and the figure follows", () => {
    render(<Chapter />);
    const io = FakeIntersectionObserver.instances.at(-1)!;
    expect(io.rootMargin).toBe("-50% 0px -50% 0px");
    const target = document.querySelector('[data-step-id="gate-closes"]')!;
    act(() => io.trigger(target));
    expect(appStore.getState().stepId).toBe("gate-closes");
    expect(screen.getByTestId("figure")).toHaveTextContent("figure for gate-closes");
    expect(target).toHaveAttribute("aria-current", "step");
  });

  it("drops a deep-linked step id that the chapter does not have", () => {
    appStore.setState({ stepId: "no-such-step" });
    render(<Chapter />);
    expect(appStore.getState().stepId).toBeNull();
    expect(screen.getByTestId("figure")).toHaveTextContent("figure for lti-recap");
  });
});

describe("Scrolly deep links to a fact check", () => {
  it("lands on the step that shows the fact check named by #chapter/fact-<id>", () => {
    appStore.setState({ stepId: "fact-some-check" });
    render(
      <Scrolly stepIds={STEPS} figure={<Figure />}>
        <Step id="lti-recap">
          <p>one</p>
        </Step>
        <Step id="gate-opens">
          <aside data-fact-check="some-check">checked</aside>
        </Step>
        <Step id="gate-closes">
          <p>three</p>
        </Step>
      </Scrolly>,
    );
    expect(appStore.getState().stepId).toBe("gate-opens");
    expect(screen.getByTestId("figure")).toHaveTextContent("figure for gate-opens");
  });
});
