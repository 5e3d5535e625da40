// Checks an expected reach (SPEC section 8) against runs: the scenario's campaign with the given
// delays, run by the release `campaign-sim` on 10,000 lines with every call lasting 1 s (so that no
// call waits for a line), `recipients` generated recipients, seeds 1 to `runs`. Prints the share
// reached by the deadline, mean ± standard error over the runs. Build the command line first
// (`cargo build --release --bin campaign-sim`).
//
//   node scripts/reach-run.mjs examples/reach.json '[10800, 10800, 10800, 3840, 3000]' [runs] [recipients] [deadline hours]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const [file, delays, runs = "30", recipients = "10000", deadlineHours = "72"] = process.argv.slice(2);
if (!file || !delays) {
  console.error("usage: node scripts/reach-run.mjs <scenario.json> '<delays as JSON>' [runs] [recipients] [deadline hours]");
  process.exit(2);
}
const scenario = JSON.parse(readFileSync(file, "utf8"));
const deadline = Number(deadlineHours) * 3600;
const shares = [];
for (let seed = 1; seed <= Number(runs); seed++) {
  const run = {
    campaign: { ...scenario.campaign, attempts: JSON.parse(delays).map((d) => ({ delaySeconds: d })) },
    dialer: {
      ...scenario.dialer,
      lines: 10000,
      seed,
      durationsSeconds: { answered: 1, busy: 1, noAnswer: 1, unreachable: 1 },
    },
    generate: { count: Number(recipients) },
  };
  const out = execFileSync("target/release/campaign-sim", ["--no-calls", "-"], {
    input: JSON.stringify(run),
    maxBuffer: 1 << 30,
  });
  const results = JSON.parse(out);
  const reached = results.recipients.filter((r) => r.status === "reached" && r.finishedAt <= deadline).length;
  shares.push(reached / results.recipients.length);
}
const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
const variance = shares.reduce((a, s) => a + (s - mean) ** 2, 0) / (shares.length - 1);
const error = Math.sqrt(variance / shares.length);
console.log(
  `${(100 * mean).toFixed(2)} % ± ${(100 * error).toFixed(2)} reached by ${deadlineHours} h ` +
    `(mean ± standard error of ${shares.length} runs of ${recipients} recipients)`,
);
