import { splitIdList } from "../../ids.ts"
import { applyRecordUpdate, recordInput } from "../../services/recordFields.ts"
import { allows, parsePermissions } from "../../services/recordPermissions.ts"
import type { DataRecord, NewDataRecord, RecordActor } from "../../storage/DataStore.ts"
import type { CubeContext, Handlers } from "../CubeContext.ts"
import { requireUser } from "../CubeContext.ts"
import { forbidden, invalid, notFound } from "../HttpError.ts"
import { parseRecordQuery, type RecordQuery } from "../recordQuery.ts"
import { permissionsJson, recordJson } from "../wire/recordJson.ts"

/** ConnectyCube needs classes declared up front; here any identifier-like name is a class, made on first use. */
const classPattern = /^[A-Za-z][A-Za-z0-9_]{0,63}$/
const maxBatch = 100
const maxIds = 100

const classOf = (ctx: CubeContext): string => {
  const name = ctx.params.className ?? ""
  if (!classPattern.test(name))
    throw invalid("class_name", "must be a letter then up to 63 letters, digits or _")
  return name
}

/** The caller for permission checks: their id and (for `open_for_groups`) their tags. */
const actorOf = async (ctx: CubeContext): Promise<RecordActor> => {
  if (ctx.userId <= 0) return { userId: 0, tags: [] }
  const user = await ctx.server.storage.users.get(ctx.app.id, ctx.userId)
  return { userId: ctx.userId, tags: user?.tags ?? [] }
}

const idsOf = (ctx: CubeContext): string[] => {
  const ids = splitIdList(ctx.params.recordIds).map((id) => id.toLowerCase())
  if (ids.length === 0 || ids.length > maxIds) throw invalid("ids", `give 1 to ${maxIds} record ids`)
  return ids
}

/** Keeps `_id` and the included fields, or drops the excluded ones (`output[include]` / `output[exclude]`). */
const project = (json: Record<string, unknown>, output: RecordQuery["output"]): Record<string, unknown> => {
  if (output?.include !== undefined) {
    const keep = new Set(["_id", ...output.include])
    return Object.fromEntries(Object.entries(json).filter(([key]) => keep.has(key)))
  }
  if (output?.exclude !== undefined) {
    const drop = new Set(output.exclude.filter((key) => key !== "_id"))
    return Object.fromEntries(Object.entries(json).filter(([key]) => !drop.has(key)))
  }
  return json
}

const newRecord = (
  ctx: CubeContext,
  className: string,
  ownerId: number,
  body: unknown,
  where?: string,
): NewDataRecord => {
  const input = recordInput(body, where)
  return {
    appId: ctx.app.id,
    className,
    ownerId,
    parentId: input.parentId,
    fields: input.fields,
    permissions: parsePermissions(input.permissions),
  }
}

export const dataHandlers: Handlers = {
  /** POST /data/{className}.json: one record; the class exists from its first record. */
  createRecord: async (ctx) => {
    const className = classOf(ctx)
    const ownerId = requireUser(ctx)
    const [record] = await ctx.server.storage.data.create([newRecord(ctx, className, ownerId, ctx.body)])
    ctx.reply.code(201)
    return recordJson(record!, { permissions: true })
  },

  /** POST /data/{className}/multi.json: `{record: {"1": {…}, "2": {…}}}`, all or nothing, in key order. */
  createRecords: async (ctx) => {
    const className = classOf(ctx)
    const ownerId = requireUser(ctx)
    const batch = (ctx.body as { record?: unknown } | undefined)?.record
    if (typeof batch !== "object" || batch === null || Array.isArray(batch))
      throw invalid("record", "must be an object")
    const entries = Object.entries(batch as Record<string, unknown>)
    if (entries.length === 0 || entries.length > maxBatch)
      throw invalid("record", `give 1 to ${maxBatch} records`)
    if (entries.some(([key]) => !/^\d{1,4}$/.test(key))) throw invalid("record", "keys must be numbers")
    entries.sort(([a], [b]) => Number(a) - Number(b))
    const records = await ctx.server.storage.data.create(
      entries.map(([key, body]) => newRecord(ctx, className, ownerId, body, `record.${key}`)),
    )
    ctx.reply.code(201)
    return { class_name: className, items: records.map((record) => recordJson(record)) }
  },

  /** GET /data/{className}.json: a search over the records the caller may read, or their count. */
  listRecords: async (ctx) => {
    const className = classOf(ctx)
    const query = parseRecordQuery(ctx.query)
    const actor = await actorOf(ctx)
    const base = { appId: ctx.app.id, className, actor, filters: query.filters }
    if (query.count) return { class_name: className, items_count: await ctx.server.storage.data.count(base) }
    const records = await ctx.server.storage.data.list({
      ...base,
      ...(query.sort === undefined ? {} : { sort: query.sort }),
      limit: query.limit,
      offset: query.offset,
    })
    return {
      class_name: className,
      skip: query.offset,
      limit: query.limit,
      items: records.map((record) => project(recordJson(record), query.output)),
    }
  },

  /** GET /data/{className}/{ids}.json: the readable records of those ids, or with `permissions=1` one record's permissions. */
  getRecords: async (ctx) => {
    const className = classOf(ctx)
    const ids = idsOf(ctx)
    const actor = await actorOf(ctx)
    const records = await ctx.server.storage.data.getMany(ctx.app.id, className, ids)
    const wantsPermissions = ctx.query.permissions === 1 || ctx.query.permissions === true
    if (wantsPermissions || ids.length === 1) {
      if (wantsPermissions && ids.length !== 1) throw invalid("permissions", "needs exactly one record id")
      const record = records[0]
      if (record === undefined) throw notFound("Record")
      if (wantsPermissions) {
        if (actor.userId !== record.ownerId)
          throw forbidden("Only the record's owner may read its permissions")
        return { record_id: record.id, permissions: permissionsJson(record.permissions) }
      }
      if (!allows(record.permissions.read, actor, record.ownerId))
        throw forbidden("You may not read this record")
    }
    const readable = records.filter((record) => allows(record.permissions.read, actor, record.ownerId))
    return { class_name: className, items: readable.map((record) => recordJson(record)) }
  },

  /** PUT /data/{className}/{id}.json: sets fields and applies operators; only the owner changes permissions. */
  updateRecord: async (ctx) => {
    const className = classOf(ctx)
    requireUser(ctx)
    const [id] = idsOf(ctx)
    const actor = await actorOf(ctx)
    const body = ctx.body as Record<string, unknown> | undefined
    const updated = await ctx.server.storage.data.modify(ctx.app.id, className, id!, (record: DataRecord) => {
      if (!allows(record.permissions.update, actor, record.ownerId))
        throw forbidden("You may not update this record")
      const changesPermissions = body?.permissions !== undefined
      if (changesPermissions && actor.userId !== record.ownerId) {
        throw forbidden("Only the record's owner may change its permissions")
      }
      return {
        fields: applyRecordUpdate(record.fields, body ?? {}, record.id),
        permissions: changesPermissions
          ? parsePermissions(body.permissions, record.permissions)
          : record.permissions,
      }
    })
    if (updated === undefined) throw notFound("Record")
    return recordJson(updated, { permissions: true })
  },

  /** DELETE /data/{className}/{ids}.json: one id answers empty (or 403/404); several answer the outcome per id. */
  deleteRecords: async (ctx) => {
    const className = classOf(ctx)
    requireUser(ctx)
    const ids = idsOf(ctx)
    const actor = await actorOf(ctx)
    const outcome = await ctx.server.storage.data.delete(ctx.app.id, className, ids, (record) =>
      allows(record.permissions.delete, actor, record.ownerId),
    )
    if (ids.length === 1) {
      if (outcome.notFound.length > 0) throw notFound("Record")
      if (outcome.forbidden.length > 0) throw forbidden("You may not delete this record")
      return undefined
    }
    return {
      SuccessfullyDeleted: { ids: outcome.deleted },
      NotFound: { ids: outcome.notFound },
      WrongPermissions: { ids: outcome.forbidden },
    }
  },
}
