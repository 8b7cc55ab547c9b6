import { useSession } from "@cube/react"
import { type FormEvent, useState } from "react"
import type { AppConfig } from "../config.ts"
import { errorText } from "../lib/errors.ts"

/** Log in or create an account. */
export const AuthScreen = ({ config }: { readonly config: AppConfig }) => {
  const session = useSession()
  const [mode, setMode] = useState<"login" | "signup">("login")
  const [login, setLogin] = useState("")
  const [password, setPassword] = useState("")
  const [fullName, setFullName] = useState("")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const done =
      mode === "login"
        ? session.login({ login: login.trim(), password })
        : session.signUp({ login: login.trim(), password, full_name: fullName.trim() || login.trim() })
    done.catch(() => undefined)
  }

  return (
    <main className="auth">
      <section className="auth-card">
        <div className="auth-brand">
          <div className="logo-mark" />
          <h1>Cube Chat</h1>
          <p>Messages that arrive. On your own server.</p>
        </div>
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={mode === "login"} onClick={() => setMode("login")}>
            Log in
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={mode === "signup"}
            onClick={() => setMode("signup")}
          >
            Sign up
          </button>
        </div>
        <form onSubmit={submit} className="auth-form">
          {mode === "signup" && (
            <label>
              Your name
              <input
                value={fullName}
                onChange={(e) => setFullName(e.target.value)}
                placeholder="Ada Lovelace"
              />
            </label>
          )}
          <label>
            Login
            <input
              name="login"
              autoComplete="username"
              value={login}
              onChange={(e) => setLogin(e.target.value)}
              required
              placeholder="ada"
            />
          </label>
          <label>
            Password
            <input
              name="password"
              type="password"
              autoComplete={mode === "login" ? "current-password" : "new-password"}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              minLength={mode === "signup" ? 8 : undefined}
            />
          </label>
          {session.error !== undefined && (
            <p className="form-error" role="alert">
              {errorText(session.error)}
            </p>
          )}
          <button type="submit" className="primary" disabled={session.pending}>
            {session.pending ? "One moment…" : mode === "login" ? "Log in" : "Create account"}
          </button>
        </form>
        {config.demoAccounts !== undefined && config.demoAccounts.length > 0 && (
          <div className="demo-accounts">
            <span>Demo accounts</span>
            {config.demoAccounts.map((account) => (
              <button
                type="button"
                key={account.login}
                onClick={() => {
                  setMode("login")
                  setLogin(account.login)
                  setPassword(account.password)
                }}
              >
                {account.login}
              </button>
            ))}
          </div>
        )}
      </section>
    </main>
  )
}
