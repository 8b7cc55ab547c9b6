import { makeXmppClient } from "../../dist/internal/xmppClient.js"
console.log(makeXmppClient)
