// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import ts from "typescript";
import { resolve } from "node:path";

const eslint = new ESLint({ cwd: resolve(".") });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

/** Type-checks one virtual file under tsconfig.models.json's options and returns the messages. */
function modelsTypeErrors(code: string): string[] {
  const configPath = resolve("tsconfig.models.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, resolve("."));
  const file = resolve("src/models/__probe__.ts");
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => (resolve(f) === file ? code : readFile(f));
  host.fileExists = (f) => resolve(f) === file || fileExists(f);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("layer boundaries (STYLE.md §2)", () => {
  it("rejects React, D3 and the store in src/models", async () => {
    expect(
      await ruleIds(
        `import { useState } from "react";\nexport const x = useState;\n`,
        "src/models/x.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds(
        `import { scaleLinear } from "d3";\nexport const s = scaleLinear;\n`,
        "src/models/x.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds(
        `import { a } from "../state/store";\nexport const b = a;\n`,
        "src/models/x.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(await ruleIds(`export const r = () => Math.random();\n`, "src/models/x.ts")).toContain(
      "no-restricted-properties",
    );
  });

  it("keeps the store out of src/viz and d3's select inside it", async () => {
    expect(
      await ruleIds(
        `import { s } from "../../state/store";\nexport const t = s;\n`,
        "src/viz/x/X.tsx",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds(`import { select } from "d3";\nexport const t = select;\n`, "src/viz/x/X.tsx"),
    ).toEqual([]);
    expect(
      await ruleIds(
        `import { select } from "d3";\nexport const t = select;\n`,
        "src/chapters/01-x/X.tsx",
      ),
    ).toContain("no-restricted-imports");
  });

  it("bans Math.exp and deep model imports in chapters and viz", async () => {
    expect(
      await ruleIds(`export const e = Math.exp(1);\n`, "src/chapters/05-the-state/F.tsx"),
    ).toContain("no-restricted-properties");
    expect(await ruleIds(`export const e = Math.exp(1);\n`, "src/viz/x/layout.ts")).toContain(
      "no-restricted-properties",
    );
    expect(
      await ruleIds(
        `import { zohScalar } from "../../models/ssm/scalarLti";\nexport const z = zohScalar;\n`,
        "src/viz/x/l.ts",
      ),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds(
        `import { zohScalar } from "../../models";\nexport const z = zohScalar;\n`,
        "src/viz/x/l.ts",
      ),
    ).toEqual([]);
  });

  it("fails to compile DOM or Node globals in src/models", () => {
    expect(modelsTypeErrors(`export const n = 1 + 2;\n`)).toEqual([]);
    expect(modelsTypeErrors(`export const el = document.body;\n`).join()).toMatch(/document/);
    expect(modelsTypeErrors(`export const e = process.env;\n`).join()).toMatch(/process/);
  });
});
