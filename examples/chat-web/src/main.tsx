import { ChatProvider } from "@cube/react"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./App.tsx"
import { chatOptions, loadConfig } from "./config.ts"
import "./styles.css"

const config = await loadConfig()
const root = document.getElementById("root")
if (root === null) throw new Error("no #root element")
createRoot(root).render(
  <StrictMode>
    <ChatProvider options={chatOptions(config)}>
      <App config={config} />
    </ChatProvider>
  </StrictMode>,
)
