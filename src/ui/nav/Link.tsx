import type { MouseEvent, ReactNode } from "react";
import { appStore } from "../../state/store";
import type { Route } from "../../state/route";
import { hashOf, navigate } from "../../state/urlSync";

interface LinkProps {
  to: Route;
  children: ReactNode;
  className?: string;
  rel?: string;
  "aria-current"?: "page" | undefined;
}

/** An in-app link: a real href (open in a new tab works), but a click navigates without a reload. */
export function Link({ to, children, ...rest }: LinkProps) {
  const hash = hashOf(to);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(appStore, to);
  };
  return (
    <a href={hash || "#"} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
