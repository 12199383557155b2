/**
 * npm run users -- add NAME --role reviewer|admin [--display "Display Name"] [--generate]
 *                  list | disable NAME | enable NAME | reset NAME [--generate]
 * Manages the reviewer and admin accounts. A password is typed twice without echo on a
 * terminal, read from the first line of standard input otherwise, or generated with
 * --generate and shown once. Bad input: exit code 2 with a message naming it.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { accountName, displayName, newPassword, role } from "../lib/auth/account-fields";
import { AccountError, createAccount, listAccounts, resetAccountPassword, setAccountDisabled, type AccountSummary } from "../lib/auth/accounts";
import { generatePassword } from "../lib/auth/password";
import { getDb } from "../lib/db/client";

const USAGE = `usage: npm run users -- add NAME --role reviewer|admin [--display "Display Name"] [--generate]
       npm run users -- list
       npm run users -- disable NAME | enable NAME
       npm run users -- reset NAME [--generate]`;

function fail(message: string): never {
  console.error(`users: ${message}\n${USAGE}`);
  process.exit(2);
}

/** A line from a terminal with nothing echoed, or the first line of piped input. */
async function readLine(prompt: string): Promise<string> {
  const tty = process.stdin.isTTY;
  if (tty) process.stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: tty ? muted : undefined, terminal: tty });
  const line = await new Promise<string | null>((resolve) => {
    rl.once("line", resolve);
    rl.once("close", () => resolve(null));
  });
  rl.close();
  if (tty) process.stderr.write("\n");
  if (line === null) fail("no password given: type one, pipe one line to standard input, or use --generate");
  return line;
}

async function choosePassword(generate: boolean): Promise<{ password: string; show: boolean }> {
  if (generate) return { password: generatePassword(), show: true };
  const password = newPassword.parse(await readLine("Password (not shown): "));
  if (process.stdin.isTTY && (await readLine("Same password again: ")) !== password) fail("the two passwords differ: nothing was changed");
  return { password, show: false };
}

function describe(a: AccountSummary): string {
  return `${a.name.padEnd(20)} ${a.role.padEnd(9)} ${(a.disabled ? "disabled" : "active").padEnd(9)} ${String(a.activeSessions).padStart(3)} sessions  "${a.displayName}"`;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { role: { type: "string" }, display: { type: "string" }, generate: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const [command, rawName, ...extra] = positionals;
  if (extra.length > 0) fail(`unexpected argument "${extra[0]}"`);
  const name = () => (rawName === undefined ? fail(`"${command}" needs an account name`) : accountName.parse(rawName));
  const db = getDb();
  switch (command) {
    case "add": {
      const account = { name: name(), role: role.parse(values.role ?? fail("add needs --role reviewer or --role admin")), displayName: displayName.parse(values.display ?? rawName) };
      const { password, show } = await choosePassword(values.generate);
      const created = await createAccount(db, { ...account, password });
      console.log(`created ${describe(created)}`);
      if (show) console.log(`password (shown once, not stored anywhere readable): ${password}`);
      return;
    }
    case "list": {
      const accounts = await listAccounts(db);
      console.log(accounts.length === 0 ? 'no accounts yet: npm run users -- add NAME --role admin' : accounts.map(describe).join("\n"));
      return;
    }
    case "disable":
    case "enable": {
      const account = await setAccountDisabled(db, name(), command === "disable");
      console.log(`${command}d ${describe(account)}${command === "disable" ? " (its sessions were ended)" : ""}`);
      return;
    }
    case "reset": {
      const target = name();
      const { password, show } = await choosePassword(values.generate);
      const account = await resetAccountPassword(db, target, password);
      console.log(`new password set for ${account.name}; its sessions were ended`);
      if (show) console.log(`password (shown once): ${password}`);
      return;
    }
    default:
      fail(command === undefined ? "name a command" : `unknown command "${command}"`);
  }
}

try {
  await main();
  await getDb().$disconnect();
} catch (err) {
  if (err instanceof ZodError) fail(err.issues.map((i) => i.message).join("; "));
  if (err instanceof AccountError) fail(err.message);
  if (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) fail(err.message);
  throw err;
}
