import { type BundleEntry, type BundleMeasure, bundleSize } from "../bundleSize.ts"
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

/** The layers whose composition is reported package by package: what bounds their size. */
const composed: ReadonlyArray<Layer> = ["realtime", "chat"]

/** Packages of one family reported together (xmpp.js ships as many `@xmpp/*` packages). */
const familyOf = (name: string) => (name.startsWith("@xmpp/") ? "@xmpp/*" : name)

/** Third-party code every Cube chat app ships whatever our own code does: the floor under our size. */
const thirdParty = (name: string) => !name.startsWith("@cube/") && name !== "other"

const byFamily = (measure: BundleMeasure): Map<string, number> => {
  const families = new Map<string, number>()
  for (const { name, bytes } of measure.packages) {
    families.set(familyOf(name), (families.get(familyOf(name)) ?? 0) + bytes)
  }
  return families
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

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
    const metrics: MetricSpec[] = []
    const floors: string[] = []
    for (const [layer, { entry, label }] of Object.entries(entries) as [Layer, (typeof entries)[Layer]][]) {
      const measure = await bundleSize(entry)
      measured[`size.${layer}`] = measure.bytes
      metrics.push({ key: `size.${layer}`, label, unit: "B min+gzip", better: "lower" })
      log(`${layer}: ${measure.bytes} B`)
      if (!composed.includes(layer)) continue
      const families = [...byFamily(measure)].filter(([, bytes]) => bytes >= 100)
      for (const [family, bytes] of families) {
        measured[`size.${layer}.${family}`] = bytes
        metrics.push({
          key: `size.${layer}.${family}`,
          label: `${layer} entry, of which ${family} (estimated)`,
          unit: "B min+gzip",
          better: "lower",
        })
      }
      const floor = families
        .filter(([family]) => thirdParty(family))
        .reduce((sum, [, bytes]) => sum + bytes, 0)
      floors.push(
        `${layer} entry: third-party code alone (${families
          .filter(([family]) => thirdParty(family))
          .map(([family, bytes]) => `${family} ${kB(bytes)}`)
          .join(", ")}) weighs ${kB(floor)} of its ${kB(measure.bytes)}; Cube's own code the rest.`,
      )
    }
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
        "composition (\"of which\" rows): rolldown's source map attributes every minified byte to the package it comes from; a package's min+gzip share is estimated as its share of the minified bytes (gzip compresses the file as a whole).",
        ...floors,
      ],
    }
  },
}
