import { type BundleEntry, bundleSize } from "../bundleSize.ts"
import type { MetricSpec, RatioSpec, Suite, SuiteOptions, SuiteOutcome } from "../Suite.ts"

/** What a React app ships anyway: left out of both React layers' sizes. */
const react = ["react", "react-dom", "react/jsx-runtime"]

/** The typical entry of each layer, and the official SDK's beside them. */
const entries = {
  rest: {
    label: "@cube/rest: createRestClient",
    entry: { imports: { "@cube/rest": "{ createRestClient }" } },
  },
  realtime: {
    label: "@cube/realtime: connection + messages (XmppConfig, CubeJid, XmppConnection, Messages)",
    entry: { imports: { "@cube/realtime": "{ XmppConfig, CubeJid, XmppConnection, Messages }" } },
  },
  chat: {
    label: "@cube/chat: a chat-only app (createChat: send, receive; rest + realtime + effect)",
    entry: { imports: { "@cube/chat": "{ createChat }" } },
  },
  react: {
    label:
      "@cube/react on @cube/chat: createChat + ChatProvider, useSession, useDialogs, useMessages, useSendMessage",
    entry: {
      imports: {
        "@cube/chat": "{ createChat }",
        "@cube/react": "{ ChatProvider, useSession, useDialogs, useMessages, useSendMessage }",
      },
      external: react,
    },
  },
  sdk: {
    label: "connectycube 6.1.2: browser ESM entry (default import, the whole SDK object)",
    entry: { imports: { connectycube: "ConnectyCube" } },
  },
  sdkReact: {
    label: "@connectycube/react 6.1.2: initConnectyCube, useChat (on connectycube + zustand)",
    entry: { imports: { "@connectycube/react": "{ initConnectyCube, useChat }" }, external: react },
  },
} satisfies Record<string, { label: string; entry: BundleEntry }>

type Layer = keyof typeof entries

const ratio = (numerator: Layer, denominator: Layer, label: string, meaning: string): RatioSpec => ({
  label,
  numerator: `size.${numerator}`,
  denominator: `size.${denominator}`,
  meaning,
})

/**
 * What each Cube layer weighs in a browser app (min+gzip, rolldown, as the packages' size-limit
 * configs measure) beside the official `connectycube` and `@connectycube/react` 6.1.2. Pure
 * measurement: sizes are deterministic, so every layer is bundled once, whatever `--runs` says.
 */
export const bundleSizes: Suite = {
  name: "size",
  title: "Bundle size: min+gzip of each layer's typical entry beside the official SDK",
  run: async ({ log }: SuiteOptions): Promise<SuiteOutcome> => {
    const measured: Record<string, number> = {}
    for (const [layer, { entry }] of Object.entries(entries)) {
      measured[`size.${layer}`] = await bundleSize(entry)
      log(`${layer}: ${measured[`size.${layer}`]} B`)
    }
    const metrics: MetricSpec[] = Object.entries(entries).map(([layer, { label }]) => ({
      key: `size.${layer}`,
      label,
      unit: "B min+gzip",
      better: "lower",
    }))
    return {
      name: bundleSizes.name,
      title: bundleSizes.title,
      params: { bundler: "rolldown 1.3.2", platform: "browser", minify: true, gzipLevel: 9 },
      metrics,
      ratios: [
        ratio("chat", "sdk", "@cube/chat / connectycube", "a chat-only app's weight over the official SDK's"),
        ratio(
          "react",
          "sdkReact",
          "@cube/react + chat / @connectycube/react",
          "a React chat app's SDK weight over the official React layer's (react itself excluded)",
        ),
        ratio(
          "realtime",
          "sdk",
          "@cube/realtime / connectycube",
          "the chat connection and messages alone over the official SDK",
        ),
        ratio("rest", "sdk", "@cube/rest / connectycube", "a REST-only app over the official SDK"),
        ratio(
          "react",
          "chat",
          "@cube/react + chat / @cube/chat",
          "what the React layer adds on top of the chat client",
        ),
      ],
      // Deterministic: one build is every run's value.
      runs: [measured],
      notes: [
        "sizes are deterministic: each entry is bundled once (min – max is the value itself), whatever `--runs` says.",
        "method of the packages' size-limit configs (`@size-limit/rolldown`): a loader importing the names and logging them, rolldown for the browser, tree-shaken, minified, every chunk gzipped at level 9, minus the empty loader (34 B).",
        "Cube packages are bundled from their sources (the `@cube/source` condition), so the sizes are the working tree's; connectycube resolves to its browser ESM build (`dist/index.js`, with its @xmpp dependencies bundled).",
        "`react`, `react-dom` and `react/jsx-runtime` are left out of both React layers; connectycube's default export is one object holding the whole SDK (REST, chat, video calling), so it does not tree-shake.",
      ],
    }
  },
}
