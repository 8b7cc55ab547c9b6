// End to end, in a real browser: two people sign up in two browser contexts and talk through the built app,
// served by an in-process @cube/server (`--web`). Screenshots land in test-results/ (git-ignored).
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestServer, type TestServer } from "../../../packages/server/test/support/testServer.ts"
import { buildApp } from "./support/buildApp.ts"
import { chromiumArgs, ensureChromium } from "./support/chromium.ts"
import { gradientPng } from "./support/png.ts"

const results = new URL("../test-results/", import.meta.url).pathname
const stamp = Date.now().toString(36)
const alice = { name: "Alice Martin", login: `alice-${stamp}`, password: "alice-password" }
const bob = { name: "Bob Stone", login: `bob-${stamp}`, password: "bob-password" }

let server: TestServer
let web: string
let browser: Browser
let contexts: BrowserContext[] = []
let a: Page
let b: Page

const shot = (page: Page, name: string) => page.screenshot({ path: join(results, `${name}.png`) })

const signUp = async (page: Page, user: typeof alice) => {
  await page.goto(server.url)
  await page.getByRole("tab", { name: "Sign up" }).click()
  await page.getByLabel("Your name").fill(user.name)
  await page.getByLabel("Login").fill(user.login)
  await page.getByLabel("Password").fill(user.password)
  await page.getByRole("button", { name: "Create account" }).click()
  await page.getByTestId("me").filter({ hasText: user.name }).waitFor()
}

const send = async (page: Page, text: string) => {
  await page.getByLabel("Message").fill(text)
  await page.getByLabel("Message").press("Enter")
}

const message = (page: Page, text: string) => page.getByTestId("message").filter({ hasText: text })

beforeAll(async () => {
  const executablePath = ensureChromium()
  rmSync(results, { recursive: true, force: true })
  mkdirSync(results, { recursive: true })
  web = await buildApp()
  // The build's config.json names the default app; the server runs it. A reload leaves the old stream
  // waiting for a resume: a short resume window lets "last seen" follow soon after Bob logs out.
  server = await startTestServer({
    webDir: web,
    apps: [{ id: 1, authKey: "cube-dev-auth-key", dialogExtensions: [] }],
    resumeWindowMs: 2_000,
  })
  // launch() gives the browser a fresh temporary profile (user-data-dir) of its own.
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true })
  for (let i = 0; i < 2; i++)
    contexts.push(await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }))
  a = await contexts[0]!.newPage()
  b = await contexts[1]!.newPage()
  for (const page of [a, b]) page.setDefaultTimeout(15_000)
})

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined)
  contexts = []
  await browser?.close()
  await server?.dispose()
  if (web) rmSync(web, { recursive: true, force: true })
})

describe("the chat web app, two people in two browsers", () => {
  it("both sign up", async () => {
    await a.goto(server.url)
    await a.getByRole("tab", { name: "Sign up" }).waitFor()
    await shot(a, "01-sign-in")
    await signUp(a, alice)
    await signUp(b, bob)
    await expect(a.getByText("No conversations yet.")).toBeTruthy()
    await shot(a, "02-empty")
  })

  it("Alice starts a direct chat; Bob gets an unread badge, reads it, and Alice sees it read", async () => {
    await a.getByRole("button", { name: "New chat" }).first().click()
    await a.getByLabel("Find people").fill(bob.login)
    await shot(a, "03-new-chat")
    await a
      .getByRole("dialog", { name: "New chat" })
      .getByRole("button", { name: new RegExp(bob.name) })
      .click()
    await a.getByTestId("chat-title").filter({ hasText: bob.name }).waitFor()
    await send(a, "Hello Bob! 👋")
    await message(a, "Hello Bob!")
      .locator('[data-status="sent"], [data-status="delivered"], [data-status="read"]')
      .or(
        message(a, "Hello Bob!").and(
          a.locator('[data-status="sent"], [data-status="delivered"], [data-status="read"]'),
        ),
      )
      .first()
      .waitFor()

    const badge = b.getByTestId("dialog-item").filter({ hasText: alice.name }).getByTestId("unread-badge")
    await badge.filter({ hasText: "1" }).waitFor()
    await b.getByTestId("dialog-item").filter({ hasText: alice.name }).click()
    await message(b, "Hello Bob!").waitFor()
    await badge.waitFor({ state: "detached" })
    await a.locator('[data-testid="message"][data-status="read"]').filter({ hasText: "Hello Bob!" }).waitFor()
    expect(await a.getByTestId("chat-subtitle").textContent()).toBe("online")
  })

  it("typing shows on the other side, then the reply arrives", async () => {
    await b.getByLabel("Message").fill("Hi Alice, how are")
    await a.getByTestId("typing-indicator").waitFor()
    expect(await a.getByTestId("chat-subtitle").textContent()).toBe("typing…")
    await shot(a, "04-typing")
    await b.getByLabel("Message").fill("Hi Alice, how are you?")
    await b.getByLabel("Message").press("Enter")
    await message(a, "how are you?").waitFor()
    await a.getByTestId("typing-indicator").waitFor({ state: "detached" })
  })

  it("a reaction reaches the other side", async () => {
    const theirs = message(a, "how are you?")
    await theirs.hover()
    await theirs.getByRole("button", { name: "React" }).click()
    await a.getByRole("menuitem", { name: "👍" }).click()
    await message(b, "how are you?").getByTestId("reaction").filter({ hasText: "👍" }).waitFor()
    expect(await message(b, "how are you?").getByTestId("reaction").textContent()).toContain("1")
  })

  it("an edit and a deletion reach the other side", async () => {
    await send(a, "Lunch at 12?")
    await message(b, "Lunch at 12?").waitFor()
    const mine = message(a, "Lunch at 12?")
    await mine.hover()
    await mine.getByRole("button", { name: "Edit" }).click()
    await a.getByLabel("Message").fill("Lunch at 12:30?")
    await a.getByLabel("Message").press("Enter")
    await message(b, "Lunch at 12:30?").filter({ hasText: "edited" }).waitFor()

    await send(a, "Oops, wrong chat")
    await message(b, "Oops, wrong chat").waitFor()
    const oops = message(a, "Oops, wrong chat")
    await oops.hover()
    await oops.getByRole("button", { name: "Delete" }).click()
    await oops.waitFor({ state: "detached" })
    await message(b, "Oops, wrong chat").waitFor({ state: "detached" })
  })

  it("an image attachment shows as a preview on both sides", async () => {
    await a.getByTestId("file-input").setInputFiles({
      name: "sunset.png",
      mimeType: "image/png",
      buffer: gradientPng(480, 320),
    })
    await a.locator(".attachment-preview img").waitFor()
    await a.getByLabel("Message").fill("Look at this")
    await shot(a, "05-attachment-preview")
    await a.getByLabel("Message").press("Enter")
    const image = b.getByTestId("message").filter({ hasText: "Look at this" }).getByTestId("image-attachment")
    await image.waitFor()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(480)
    await a
      .getByTestId("message")
      .filter({ hasText: "Look at this" })
      .getByTestId("image-attachment")
      .waitFor()
    await shot(a, "06-alice-conversation")
    await shot(b, "07-bob-conversation")
  })

  it("after a reload Bob is still logged in and sees the history", async () => {
    await b.reload()
    await b.getByTestId("chat-title").filter({ hasText: alice.name }).waitFor()
    for (const text of ["Hello Bob!", "how are you?", "Lunch at 12:30?", "Look at this"])
      await message(b, text).waitFor()
    expect(await message(b, "Oops, wrong chat").count()).toBe(0)
    const image = message(b, "Look at this").getByTestId("image-attachment")
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(480)
    await shot(b, "08-bob-after-reload")
  })

  it("search finds a message and opens its chat", async () => {
    await a.getByLabel("Search").fill("lunch")
    const results = a.getByTestId("search-results")
    await results.getByText("12:30?").waitFor()
    await shot(a, "09-search")
    await results.getByRole("button").filter({ hasText: "Lunch" }).first().click()
    await a.getByTestId("chat-title").filter({ hasText: bob.name }).waitFor()
  })

  it("Alice creates a group with Bob and a public channel", async () => {
    await a.getByRole("button", { name: "New chat" }).first().click()
    await a.getByRole("tab", { name: "Group" }).click()
    await a.getByLabel("Group name").fill("Weekend plans")
    await a.getByLabel("Find people").fill(bob.login)
    await a
      .getByRole("dialog", { name: "New chat" })
      .getByRole("button", { name: new RegExp(bob.name) })
      .click()
    await a.getByRole("button", { name: "Create group" }).click()
    await a.getByTestId("chat-title").filter({ hasText: "Weekend plans" }).waitFor()
    expect(await a.getByTestId("chat-subtitle").textContent()).toBe("2 members")
    await send(a, "Who is in for Saturday?")
    const group = b.getByTestId("dialog-item").filter({ hasText: "Weekend plans" })
    await group.getByTestId("unread-badge").filter({ hasText: "1" }).waitFor()
    expect(await group.textContent()).toContain("Who is in for Saturday?")

    await a.getByRole("button", { name: "New chat" }).first().click()
    await a.getByRole("tab", { name: "Public channel" }).click()
    await a.getByLabel("Channel name").fill("Announcements")
    await a.getByRole("button", { name: "Create channel" }).click()
    await a.getByTestId("chat-title").filter({ hasText: "Announcements" }).waitFor()
    expect(await a.getByTestId("chat-subtitle").textContent()).toBe("Public channel")
    await shot(a, "10-group-and-channel")
    await shot(b, "11-bob-group-badge")
    // Back to the private chat with Bob.
    await a.getByTestId("dialog-item").filter({ hasText: bob.name }).click()
    await a.getByTestId("chat-title").filter({ hasText: bob.name }).waitFor()
  })

  it("when Bob blocks Alice, her messages fail and his composer says so", async () => {
    await b.getByRole("button", { name: "Block" }).click()
    await b.getByText("You blocked this person.").waitFor()
    await send(a, "Are you there?")
    await a
      .locator('[data-testid="message"][data-status="failed"]')
      .filter({ hasText: "Are you there?" })
      .waitFor()
    await shot(a, "12-alice-blocked")
    await shot(b, "13-bob-blocked")
    await b.getByRole("button", { name: "Unblock" }).first().click()
    await b.getByLabel("Message").waitFor()
  })

  it("Alice sees when Bob was last online once he logs out", async () => {
    await b.getByRole("button", { name: "Log out" }).click()
    await b.getByRole("button", { name: "Log in" }).last().waitFor()
    await a.getByTestId("chat-subtitle").filter({ hasText: "last seen" }).waitFor()
    await shot(a, "14-last-seen")
    await shot(b, "15-bob-logged-out")
  })
})
