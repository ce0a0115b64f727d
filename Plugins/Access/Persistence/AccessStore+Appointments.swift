import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension AccessStore {
    // MARK: - Appointments

    /// Books an appointment, with its history row and an audit row.
    func schedule(patient: PatientID, provider: NationalProviderID, location: String, date: CalendarDate, time: LocalTime,
                  durationMinutes: Int, services: [ServiceCode], scheduledOn: CalendarDate, by actor: ActingUser) throws -> Appointment {
        try database.writer.write { db in
            _ = try SQLitePatientRegistry.patient(patient, site: actor.site, in: db)
            try db.execute(sql: """
                INSERT INTO access_appointment (site, patient_id, provider_npi, location, service_date, start_time, duration_minutes,
                    services, status, scheduled_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?)
                """, arguments: [actor.site, patient.rawValue, provider.digits, location, date.description, time.description,
                                 durationMinutes, services.map(\.rawValue).joined(separator: ","), scheduledOn.description])
            let id = AppointmentID(db.lastInsertedRowID)
            try Self.recordChange(id, patient: patient, "schedule", detail: "\(date) \(time) with \(provider) at \(location)", by: actor, in: db)
            return try Self.appointment(id, site: actor.site, in: db)
        }
    }

    /// Moves an appointment to another day or time; only a scheduled one can move.
    func reschedule(_ id: AppointmentID, to date: CalendarDate, time: LocalTime, by actor: ActingUser) throws -> Appointment {
        try database.writer.write { db in
            let before = try Self.appointment(id, site: actor.site, in: db)
            try Self.require(before, is: .scheduled, toBe: "rescheduled")
            try db.execute(sql: "UPDATE access_appointment SET service_date = ?, start_time = ? WHERE id = ?",
                           arguments: [date.description, time.description, id.rawValue])
            try Self.recordChange(id, patient: before.patient, "reschedule", detail: "from \(before.date) \(before.time) to \(date) \(time)",
                                  by: actor, in: db)
            return try Self.appointment(id, site: actor.site, in: db)
        }
    }

    /// Cancels a scheduled appointment, keeping the reason.
    func cancel(_ id: AppointmentID, reason: String, by actor: ActingUser) throws -> Appointment {
        try database.writer.write { db in
            let before = try Self.appointment(id, site: actor.site, in: db)
            try Self.require(before, is: .scheduled, toBe: "cancelled")
            try db.execute(sql: "UPDATE access_appointment SET status = 'cancelled', cancel_reason = ? WHERE id = ?",
                           arguments: [reason, id.rawValue])
            try Self.recordChange(id, patient: before.patient, "cancel", detail: reason, by: actor, in: db)
            return try Self.appointment(id, site: actor.site, in: db)
        }
    }

    /// Marks a scheduled appointment a no-show once its day has come.
    func markNoShow(_ id: AppointmentID, on today: CalendarDate, note: String, by actor: ActingUser) throws -> Appointment {
        try database.writer.write { db in
            let before = try Self.appointment(id, site: actor.site, in: db)
            try Self.require(before, is: .scheduled, toBe: "marked a no-show")
            guard before.date <= today else {
                throw RevCycleError(.conflict, "Appointment \(id) is on \(before.date); a patient can miss it only once that day has come.")
            }
            try db.execute(sql: "UPDATE access_appointment SET status = 'no-show' WHERE id = ?", arguments: [id.rawValue])
            try Self.recordChange(id, patient: before.patient, "no-show", detail: note, by: actor, in: db)
            return try Self.appointment(id, site: actor.site, in: db)
        }
    }

    /// The site's appointments on `date` (all when nil) or of one patient, earliest first, with one audit row each.
    func appointments(on date: CalendarDate?, patient: PatientID?, by actor: ActingUser) throws -> [Appointment] {
        var conditions = ["site = ?"]
        var arguments: StatementArguments = [actor.site]
        if let date { conditions.append("service_date = ?"); arguments += [date.description] }
        if let patient { conditions.append("patient_id = ?"); arguments += [patient.rawValue] }
        return try database.writer.write { db in
            let found = try Row.fetchAll(db, sql: """
                SELECT * FROM access_appointment WHERE \(conditions.joined(separator: " AND ")) ORDER BY service_date, start_time, id
                """, arguments: arguments).map(Self.appointment(from:))
            for appointment in found {
                try SQLiteAuditLog.append(action: "access.appointment.read", outcome: .allowed, patient: appointment.patient,
                                          account: appointment.account, detail: "appointment \(appointment.id)", by: actor, in: db)
            }
            return found
        }
    }

    /// One appointment and its history, with an audit row.
    func appointment(_ id: AppointmentID, by actor: ActingUser) throws -> (Appointment, [(at: Date, user: String, change: String, detail: String)]) {
        try database.writer.write { db in
            let appointment = try Self.appointment(id, site: actor.site, in: db)
            let history = try Row.fetchAll(db, sql: "SELECT * FROM access_appointment_change WHERE appointment_id = ? ORDER BY rowid",
                                           arguments: [id.rawValue]).map { row in
                (Date(timeIntervalSince1970: row["at"]), row["user"] as String, row["change"] as String, row["detail"] as String)
            }
            try SQLiteAuditLog.append(action: "access.appointment.read", outcome: .allowed, patient: appointment.patient,
                                      account: appointment.account, detail: "appointment \(id) with history", by: actor, in: db)
            return (appointment, history)
        }
    }

    // MARK: - Rows

    static func appointment(_ id: AppointmentID, site: String, in db: Database) throws -> Appointment {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM access_appointment WHERE id = ? AND site = ?",
                                         arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Appointment \(id) does not exist at site \(site).",
                                remedy: "revcycle access appointment list --date YYYY-MM-DD")
        }
        return try appointment(from: row)
    }

    static func appointment(from row: Row) throws -> Appointment {
        Appointment(
            id: AppointmentID(row["id"]), patient: PatientID(row["patient_id"]),
            provider: try NationalProviderID(parsing: row["provider_npi"]), location: row["location"],
            date: try CalendarDate(parsing: row["service_date"]), time: try LocalTime(parsing: row["start_time"]),
            durationMinutes: row["duration_minutes"],
            services: try (row["services"] as String).split(separator: ",").map { try ServiceCode(parsing: String($0)) },
            status: Appointment.Status(rawValue: row["status"]) ?? .scheduled,
            scheduledOn: try CalendarDate(parsing: row["scheduled_on"]),
            account: (row["account_id"] as Int64?).map(AccountID.init), cancelReason: row["cancel_reason"])
    }

    static func require(_ appointment: Appointment, is status: Appointment.Status, toBe action: String) throws {
        guard appointment.status == status else {
            throw RevCycleError(.conflict, "Appointment \(appointment.id) is \(appointment.status.rawValue); only a \(status.rawValue) appointment can be \(action).")
        }
    }

    /// Appends to the appointment's history and the audit log.
    static func recordChange(_ id: AppointmentID, patient: PatientID, _ change: String, detail: String, account: AccountID? = nil,
                             by actor: ActingUser, in db: Database) throws {
        try db.execute(sql: "INSERT INTO access_appointment_change (appointment_id, at, user, change, detail) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id.rawValue, actor.at.timeIntervalSince1970, actor.user, change, detail])
        try SQLiteAuditLog.append(action: "access.appointment.\(change)", outcome: .allowed, patient: patient, account: account,
                                  detail: "appointment \(id): \(detail)", by: actor, in: db)
    }
}
