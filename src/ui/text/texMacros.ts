/** Macros shared by every formula, so chapters write \Abar rather than repeating \bar{A}. */
export const TEX_MACROS: Record<string, string> = {
  "\\Abar": "\\bar{A}",
  "\\Bbar": "\\bar{B}",
  "\\dt": "\\Delta",
  "\\softplus": "\\operatorname{softplus}",
  "\\silu": "\\operatorname{SiLU}",
};
