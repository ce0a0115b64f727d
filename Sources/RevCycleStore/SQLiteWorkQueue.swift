import Foundation
public import GRDB
public import RevCycleCore

/// The work queue in SQLite, with an append-only history per item.
public struct SQLiteWorkQueue: WorkQueue {
    let database: RevCycleDatabase

    public init(database: RevCycleDatabase) { self.database = database }

    public func create(_ item: WorkItem, by actor: ActingUser) throws -> WorkItemID {
        try database.writer.write { db in try Self.create(item, by: actor, in: db) }
    }

    /// Creates an item inside the caller's transaction (a module's state change and the work it hands on land together).
    public static func create(_ item: WorkItem, by actor: ActingUser, in db: Database) throws -> WorkItemID {
        guard !item.title.isEmpty, item.title.count <= 200 else {
            throw RevCycleError(.invalidInput, "A task needs a title of 1 to 200 characters.")
        }
        guard !item.kind.isEmpty else { throw RevCycleError(.invalidInput, "A task needs a kind such as billing.denial.") }
        if let assignee = item.assignee,
           try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM staff_user WHERE name = ?"), arguments: [assignee]) != true {
            throw RevCycleError(.notFound, "User \(assignee) does not exist; the task was not created.",
                                remedy: "revcycle users list")
        }
        // Cached statements: an 835 or a statement run creates tasks by the thousand in one transaction.
        try db.cachedStatement(sql: """
            INSERT INTO work_item (site, kind, title, detail, role, assignee, priority, due_date, status,
                                   patient_id, account_id, claim, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [actor.site, item.kind, item.title, item.detail, item.role.rawValue, item.assignee,
                             item.priority.rawValue, item.dueDate?.description, item.status.rawValue,
                             item.links.patient?.rawValue, item.links.account?.rawValue, item.links.claim,
                             item.createdBy, item.createdAt.timeIntervalSince1970])
        let id = WorkItemID(db.lastInsertedRowID)
        try appendEvent(id, action: "created", note: "for \(item.role)\(item.assignee.map { " (\($0))" } ?? "")",
                        by: actor, in: db)
        try SQLiteAuditLog.append(action: "tasks.create", outcome: .allowed, patient: item.links.patient,
                                  account: item.links.account, detail: "task \(id) \(item.kind)", by: actor, in: db)
        return id
    }

    public func items(matching filter: WorkQueueFilter, site: String) throws -> [WorkItem] {
        var conditions = ["site = ?"]
        var arguments: StatementArguments = [site]
        if let role = filter.role { conditions.append("role = ?"); arguments += [role.rawValue] }
        if let assignee = filter.assignee { conditions.append("assignee = ?"); arguments += [assignee] }
        if !filter.statuses.isEmpty {
            conditions.append("status IN (\(filter.statuses.map { _ in "?" }.joined(separator: ",")))")
            for status in filter.statuses.sorted(by: { $0.rawValue < $1.rawValue }) { arguments += [status.rawValue] }
        }
        arguments += [filter.limit]
        return try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM work_item WHERE \(conditions.joined(separator: " AND "))
                ORDER BY priority, due_date IS NULL, due_date, id LIMIT ?
                """, arguments: arguments).map(Self.item(from:))
        }
    }

    public func item(_ id: WorkItemID, by actor: ActingUser) throws -> (WorkItem, [WorkItemEvent]) {
        try database.writer.write { db in
            let item = try Self.fetch(id, site: actor.site, in: db)
            let events = try Row.fetchAll(db, sql: "SELECT * FROM work_item_event WHERE work_item_id = ? ORDER BY id",
                                          arguments: [id.rawValue]).map { row in
                WorkItemEvent(at: Date(timeIntervalSince1970: row["at"]), actor: row["actor"], action: row["action"],
                              note: row["note"])
            }
            try SQLiteAuditLog.append(action: "tasks.show", outcome: .allowed, patient: item.links.patient,
                                      account: item.links.account, detail: "task \(id)", by: actor, in: db)
            return (item, events)
        }
    }

    public func take(_ id: WorkItemID, by actor: ActingUser) throws -> WorkItem {
        try transition(id, action: "taken", note: "", by: actor) { item in
            guard item.status == .open || item.status == .inProgress else {
                throw RevCycleError(.conflict, "Task \(id) is \(item.status.rawValue); only open tasks can be taken.")
            }
            if let assignee = item.assignee, assignee != actor.user, item.status == .inProgress {
                throw RevCycleError(.conflict, "Task \(id) is already being worked by \(assignee).",
                                    remedy: "ask \(assignee), or an admin can run `revcycle tasks reassign \(id) --to \(actor.user)`")
            }
            item.assignee = actor.user
            item.status = .inProgress
        }
    }

    public func complete(_ id: WorkItemID, note: String, by actor: ActingUser) throws -> WorkItem {
        try transition(id, action: "done", note: note, by: actor) { item in
            guard item.status == .open || item.status == .inProgress else {
                throw RevCycleError(.conflict, "Task \(id) is already \(item.status.rawValue).")
            }
            item.status = .done
            if item.assignee == nil { item.assignee = actor.user }
        }
    }

    public func reassign(_ id: WorkItemID, toUser user: String?, toRole role: Role?, note: String,
                         by actor: ActingUser) throws -> WorkItem {
        let target = [user.map { "to \($0)" }, role.map { "to the \($0) queue" }].compactMap { $0 }.joined(separator: " ")
        return try transition(id, action: "reassigned", note: [target, note].filter { !$0.isEmpty }.joined(separator: ": "),
                              by: actor) { item in
            guard item.status == .open || item.status == .inProgress else {
                throw RevCycleError(.conflict, "Task \(id) is \(item.status.rawValue) and cannot be reassigned.")
            }
            if let role { item.role = role }
            item.assignee = user
            item.status = user == nil ? .open : item.status
        }
    }

    /// Applies a change to one item, records its history line and audit row, in one transaction.
    private func transition(_ id: WorkItemID, action: String, note: String, by actor: ActingUser,
                            change: (inout WorkItem) throws -> Void) throws -> WorkItem {
        try database.writer.write { db in
            var item = try Self.fetch(id, site: actor.site, in: db)
            try change(&item)
            if let assignee = item.assignee,
               try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM staff_user WHERE name = ?"), arguments: [assignee]) != true {
                throw RevCycleError(.notFound, "User \(assignee) does not exist.", remedy: "revcycle users list")
            }
            try db.execute(sql: "UPDATE work_item SET role = ?, assignee = ?, status = ? WHERE id = ?",
                           arguments: [item.role.rawValue, item.assignee, item.status.rawValue, id.rawValue])
            try Self.appendEvent(id, action: action, note: note, by: actor, in: db)
            try SQLiteAuditLog.append(action: "tasks.\(action)", outcome: .allowed, patient: item.links.patient,
                                      account: item.links.account, detail: "task \(id)", by: actor, in: db)
            return item
        }
    }

    static func appendEvent(_ id: WorkItemID, action: String, note: String, by actor: ActingUser, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO work_item_event (work_item_id, at, actor, action, note) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id.rawValue, actor.at.timeIntervalSince1970, actor.user, action, note])
    }

    static func fetch(_ id: WorkItemID, site: String, in db: Database) throws -> WorkItem {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM work_item WHERE id = ? AND site = ?",
                                         arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Task \(id) does not exist at site \(site).", remedy: "revcycle tasks list")
        }
        return try item(from: row)
    }

    static func item(from row: Row) throws -> WorkItem {
        WorkItem(
            id: WorkItemID(row["id"]), kind: row["kind"], title: row["title"], detail: row["detail"],
            role: try Role(parsing: row["role"]), assignee: row["assignee"],
            priority: WorkItem.Priority(rawValue: row["priority"]) ?? .normal,
            dueDate: try (row["due_date"] as String?).map(CalendarDate.init(parsing:)),
            status: WorkItem.Status(rawValue: row["status"]) ?? .open,
            links: WorkItem.Links(patient: (row["patient_id"] as Int64?).map(PatientID.init),
                                  account: (row["account_id"] as Int64?).map(AccountID.init), claim: row["claim"]),
            createdBy: row["created_by"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}
