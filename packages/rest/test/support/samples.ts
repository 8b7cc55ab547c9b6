// Wire samples from protocol.md: the captured traffic of §8 (appId 4242, alice = 1001, bob = 2),
// its truncated answers completed with the fields §2.2/§3 list, and the docs samples of §2–3.
// Used as scripted answers in unit tests and validated against the spec in contract tests.

export const ids = {
  privateDialog: "6b024fb1b6a237275b3b93cc",
  groupDialog: "6b024fb1a38e723f83cd5b4a",
  message: "6b024fb1dc9e7773c9000000",
  restMessage: "6b024fba44e0b5495c158c06",
  missingMessage: "5f00000000000000000000bb",
  missingDialog: "5f00000000000000000000cc",
  pinned: "5f00000000000000000000aa",
} as const

const stamp = "2026-11-22T02:13:05Z"

export const alice = {
  id: 1001,
  full_name: "Alice",
  email: null,
  login: "alice",
  phone: null,
  website: null,
  created_at: stamp,
  updated_at: stamp,
  last_request_at: stamp,
  external_user_id: null,
  external_id: null,
  facebook_id: null,
  twitter_id: null,
  blob_id: null,
  custom_data: null,
  avatar: null,
  user_tags: null,
  timezone: null,
}

export const bob = { ...alice, id: 2, full_name: "Bob", login: "bob", last_request_at: null }

/** §8 `POST /session.json` answer. */
export const session = {
  id: 538206,
  user_id: 1001,
  application_id: 4242,
  token: "c66c148789353962200bb083535570db4341d3a0",
  ts: 1795313585,
  created_at: stamp,
  updated_at: stamp,
  user: alice,
}

/** §2.2 docs sample. */
export const docsSession = {
  id: 111,
  user_id: 81,
  application_id: 1,
  token: "83153a14fb2df777c2f866178902a4bb15000001",
  ts: 1544010993,
  created_at: "2018-12-05T11:58:02Z",
  updated_at: "2018-12-05T11:58:02Z",
  user: {
    ...alice,
    id: 81,
    full_name: "John Smith",
    email: "johnsmith@domain.com",
    login: "john",
    phone: "380665787842",
  },
}

export const privateDialog = {
  _id: ids.privateDialog,
  user_id: 1001,
  created_at: stamp,
  updated_at: stamp,
  type: 3,
  name: null,
  description: null,
  photo: null,
  occupants_ids: [1001, 2],
  admins_ids: [],
  pinned_messages_ids: [],
  last_message: null,
  last_message_date_sent: null,
  last_message_id: null,
  last_message_user_id: null,
  last_message_status: null,
  unread_messages_count: 0,
  xmpp_room_jid: null,
  extensions: null,
  permissions: null,
}

export const groupDialog = {
  ...privateDialog,
  _id: ids.groupDialog,
  type: 2,
  name: "Team",
  description: "d",
  occupants_ids: [1001, 2, 3],
  xmpp_room_jid: `4242_${ids.groupDialog}@muc.localhost`,
  extensions: { location: "x" },
  permissions: { allow_preview: true },
}

export const dialogList = { total_entries: 2, skip: 0, limit: 10, items: [privateDialog, groupDialog] }

export const restMessage = {
  _id: ids.restMessage,
  chat_dialog_id: ids.privateDialog,
  message: "via REST",
  date_sent: 1795313594,
  sender_id: 1001,
  recipient_id: 2,
  attachments: [{ type: "image", uid: "abc" }],
  read_ids: [1001],
  delivered_ids: [1001],
  views_count: 0,
  read: 0,
  reactions: null,
  created_at: "2026-11-22T02:13:14Z",
  updated_at: "2026-11-22T02:13:14Z",
  custom: "x",
}

export const messageList = { skip: 0, limit: 50, items: [restMessage] }
export const unread = { total: 2, [ids.privateDialog]: 1, [ids.groupDialog]: 1 }
export const reactions = { "👍": [1001, 2], "🔥": [2] }
export const notifications = { notifications: { enabled: 1 } }
export const occupants = { items: [bob] }
export const systemMessage = {
  messageId: "6b024fbadc1ba43c976abb25",
  recipientId: 2,
  extensionParams: { foo: "bar", nested: { k: "v" } },
}
export const deleteMessagesResult = {
  SuccessfullyDeleted: { ids: [ids.restMessage] },
  NotFound: { ids: [ids.missingMessage] },
  WrongPermissions: { ids: [] },
}
export const deleteDialogsResult = {
  SuccessfullyDeleted: { ids: [ids.groupDialog] },
  NotFound: { ids: [ids.missingDialog] },
  WrongPermissions: { ids: [] },
}
export const searchResults = { results: { dialogs: [privateDialog], messages: [restMessage], users: [bob] } }
export const userList = { limit: 5, skip: 0, total_entries: 2, items: [bob, alice] }

const blobUid = "6242af9a70fc3e2db84575cb7baeaac300"
export const uploadUrl = `http://cube.test/blobs/upload?key=${blobUid}&expires=1795317194&Content-Type=text%2Fplain&acl=authenticated-read&signature=9f2c`

/** §8 `POST /blobs.json` answer (the ticket URL points at the fake base URL). */
export const createdBlob = {
  blob: {
    id: 5001,
    uid: blobUid,
    content_type: "text/plain",
    name: "note.txt",
    size: null,
    public: false,
    created_at: "2026-11-22T02:13:14Z",
    updated_at: "2026-11-22T02:13:14Z",
    blob_object_access: {
      id: 5001,
      blob_id: 5001,
      expires: "2026-11-22T03:13:14Z",
      object_access_type: "Write",
      params: uploadUrl,
    },
  },
}

export const blobInfo = {
  blob: {
    id: 5001,
    uid: blobUid,
    content_type: "text/plain",
    name: "note.txt",
    size: 10,
    public: false,
    created_at: "2026-11-22T02:13:14Z",
    updated_at: "2026-11-22T02:13:14Z",
  },
}

/** §8 `POST /data/UserReports.json` answer (record timestamps are unix seconds). */
export const report = {
  _id: "6b024fba0a63e36b5eaf823f",
  _parent_id: null,
  created_at: 1795313594,
  updated_at: 1795313594,
  user_id: 1001,
  permissions: { read: { access: "open" }, update: { access: "owner" }, delete: { access: "owner" } },
  reportedUserId: 2,
  reason: "spam",
}

export const sessionExpiredBody = { errors: { base: ["Required session does not exist"] } }
export const validationErrorBody = { errors: { login: ["has already been taken"] } }
