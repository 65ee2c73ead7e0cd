import { useEffect, useRef } from "react";
import { useApp } from "../state/store";
import { Toggle } from "../ui/controls/Toggle";

const KEYS: [string, string][] = [
  ["j", "next step"],
  ["k", "previous step"],
  ["J", "next chapter"],
  ["K", "previous chapter"],
  ["?", "this help"],
];

/** The keyboard help: lists the shortcuts and can switch them off. Escape or the button closes it. */
export function HelpDialog() {
  const isOpen = useApp((s) => s.isHelpOpen);
  const setOpen = useApp((s) => s.setHelpOpen);
  const keysEnabled = useApp((s) => s.keysEnabled);
  const setKeysEnabled = useApp((s) => s.setKeysEnabled);
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const returnTo = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        setOpen(false);
      } else if (e.key === "Tab" && dialogRef.current) {
        // keep focus inside the dialog while it is open
        const focusables = dialogRef.current.querySelectorAll<HTMLElement>("button, input");
        const first = focusables[0];
        const last = focusables[focusables.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last?.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first?.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      returnTo?.focus?.();
    };
  }, [isOpen, setOpen]);

  if (!isOpen) return null;
  return (
    <div className="dialog-backdrop" onClick={() => setOpen(false)}>
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <dl className="key-list">
          {KEYS.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="control-hint">
          Shortcuts never act while you are typing in a field or moving a slider, where the arrow
          keys move the control.
        </p>
        <Toggle label="Single-key shortcuts" checked={keysEnabled} onChange={setKeysEnabled} />
        <button ref={closeRef} type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
