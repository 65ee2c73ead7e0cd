import { useState } from "react";
import { describe, expect, it } from "vitest";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Select } from "../../../src/ui/controls/Select";
import { Slider } from "../../../src/ui/controls/Slider";
import { Toggle } from "../../../src/ui/controls/Toggle";
import { PlayControls } from "../../../src/ui/controls/PlayControls";
import { usePlayer } from "../../../src/ui/controls/usePlayer";
import { appStore } from "../../../src/state/store";

function Harness() {
  const [on, setOn] = useState(false);
  const [kind, setKind] = useState<"a" | "b">("a");
  const [v, setV] = useState(0.5);
  return (
    <>
      <Toggle label="Bilinear" checked={on} onChange={setOn} hint="switches the discretisation" />
      <Select
        label="Input"
        value={kind}
        options={[
          { value: "a", label: "Impulse" },
          { value: "b", label: "Step" },
        ]}
        onChange={setKind}
      />
      <Slider label="Δ" value={v} min={0} max={1} step={0.1} onChange={setV} />
      <p data-testid="state">{`${on}|${kind}|${v}`}</p>
    </>
  );
}

describe("controls", () => {
  it("are labelled native elements that report their changes", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("switch", { name: /Bilinear/ }));
    fireEvent.change(screen.getByRole("combobox", { name: "Input" }), { target: { value: "b" } });
    fireEvent.change(screen.getByRole("slider", { name: /Δ/ }), { target: { value: "0.9" } });
    expect(screen.getByTestId("state")).toHaveTextContent("true|b|0.9");
    expect(screen.getByRole("switch")).toHaveAccessibleDescription("switches the discretisation");
  });

  it("ignore values outside their range or options", () => {
    render(<Harness />);
    fireEvent.change(screen.getByRole("combobox", { name: "Input" }), { target: { value: "zzz" } });
    fireEvent.change(screen.getByRole("slider", { name: /Δ/ }), { target: { value: "NaN" } });
    expect(screen.getByTestId("state")).toHaveTextContent("false|a|");
  });
});

function Player({ length }: { length: number }) {
  const player = usePlayer(length);
  return (
    <>
      <PlayControls player={player} length={length} unit="token" />
      <p data-testid="t">{player.t}</p>
    </>
  );
}

describe("PlayControls", () => {
  it("steps forward and back within bounds and restarts", () => {
    render(<Player length={3} />);
    const t = () => screen.getByTestId("t").textContent;
    fireEvent.click(screen.getByRole("button", { name: "Next token" }));
    fireEvent.click(screen.getByRole("button", { name: "Next token" }));
    expect(t()).toBe("2");
    expect(screen.getByRole("button", { name: "Next token" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Previous token" }));
    expect(t()).toBe("1");
    fireEvent.click(screen.getByRole("button", { name: "Restart" }));
    expect(t()).toBe("0");
    expect(screen.getByText("token 1 of 3")).toBeInTheDocument();
  });

  it("jumps to the end instead of animating when the reader prefers reduced motion", () => {
    act(() => appStore.getState().setReducedMotion(true));
    render(<Player length={50} />);
    fireEvent.click(screen.getByRole("button", { name: "Show end" }));
    expect(screen.getByTestId("t")).toHaveTextContent("49");
  });
});
