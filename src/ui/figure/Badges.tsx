/** Shown only where the figure's data path calls a golden-verified function (CONTRACT.md, Figures). */
export function VerifiedBadge() {
  return (
    <a
      className="badge badge-verified"
      href="#verified"
      title="Checked against vectors from the original Mamba and S4 code"
    >
      <span aria-hidden="true">✓ </span>verified
    </a>
  );
}

/** For figures not on a verified path: what they are tested against, and where. */
export function TestedBadge({ against, href = "#verified" }: { against: string; href?: string }) {
  return (
    <a className="badge badge-tested" href={href}>
      tested against {against}
    </a>
  );
}
