import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { raw } from "./support/http.ts"

const cli = join(import.meta.dirname, "../src/cli.ts")
const dataDir = mkdtempSync(join(tmpdir(), "cube-cli-test-"))
const app = { id: "77", authKey: "cli-test-key" }
/** Every child started, so a failing test never leaves a server running. */
const children: ChildProcess[] = []

/** Starts the CLI as a user would, and resolves with its REST URL once it prints it. */
const startCli = (): Promise<{ child: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        "--port",
        "0",
        "--data",
        dataDir,
        "--app-id",
        app.id,
        "--auth-key",
        app.authKey,
        "--log",
        "error",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    )
    children.push(child)
    let output = ""
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      const match = /REST\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) resolve({ child, url: match[1] })
    })
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once("exit", (code) => reject(new Error(`cube-server exited early (${code}): ${output}`)))
  })

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners("exit")
    child.once("exit", (code) => resolve(code))
    child.kill(signal)
  })

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL")
  rmSync(dataDir, { recursive: true, force: true })
})

describe("cube-server CLI", () => {
  it("binds 127.0.0.1, prints its URLs and credentials, and keeps committed data across SIGTERM and SIGINT", async () => {
    const first = await startCli()
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const signUp = await raw(first.url, "POST", "/users.json", {
      authKey: app.authKey,
      body: { user: { login: "cli-user", password: "password-123" } },
    })
    expect(signUp.status).toBe(201)
    expect(await stop(first.child, "SIGTERM")).toBe(0)

    const second = await startCli()
    const session = await raw(second.url, "POST", "/session.json", {
      body: {
        application_id: Number(app.id),
        auth_key: app.authKey,
        user: { login: "cli-user", password: "password-123" },
      },
    })
    expect(session.status).toBe(201)
    expect(session.json.session.user_id).toBe(signUp.json.user.id)
    expect(await stop(second.child, "SIGINT")).toBe(0)
  })

  it("serves several apps given with --app, each with its own auth key", async () => {
    const child = spawn(
      process.execPath,
      [cli, "--port", "0", "--memory", "--app", "5:key-five", "--app", "6:key-six:color"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    )
    children.push(child)
    const url = await new Promise<string>((resolve) => {
      let output = ""
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString()
        const match =
          /REST\s+(http:\/\/127\.0\.0\.1:\d+)[\s\S]*id 6, auth key key-six, dialog extensions color/.exec(
            output,
          )
        if (match?.[1]) resolve(match[1])
      })
    })
    for (const [id, key] of [
      [5, "key-five"],
      [6, "key-six"],
    ] as const) {
      const session = await raw(url, "POST", "/session.json", { body: { application_id: id, auth_key: key } })
      expect(session.json.session.application_id).toBe(id)
    }
    const crossed = await raw(url, "POST", "/session.json", {
      body: { application_id: 5, auth_key: "key-six" },
    })
    expect(crossed.status).toBe(401)
    expect(await stop(child, "SIGTERM")).toBe(0)
  })

  it("refuses an invalid port with a usage message and exit code 2", async () => {
    const child = spawn(process.execPath, [cli, "--port", "99999", "--memory"], {
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stderr = ""
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise((resolve) => child.once("exit", resolve))
    expect(code).toBe(2)
    expect(stderr).toContain("invalid port")
  })
})
