/// A CSV file with a fixed header, read strictly: RFC 4180 quoting, any line break, blank lines
/// skipped, and every problem reported with its file and line so a person can fix them all at once.
///
/// ```swift
/// let table = try CSVTable(text, file: "config/fees/default.csv", header: ["code", "price"])
/// for row in table.rows { print(row.line, row["code"]) }
/// ```
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The 1-based line number in the file.
        public let line: Int
        let cells: [String: String]

        /// The trimmed cell under `column` (empty when the column is blank).
        public subscript(column: String) -> String { cells[column] ?? "" }
    }

    public let file: String
    public let header: [String]
    public let rows: [Row]

    /// - Parameters:
    ///   - header: the columns the file's first line must name, in order.
    ///   - optionalColumns: columns that may follow them (a newer file format); absent ones read as blank.
    /// - Throws: `malformedInput` when the header differs or a line has the wrong number of cells or an open quote.
    public init(_ text: String, file: String, header required: [String], optionalColumns: [String] = []) throws {
        // "\r\n" is one Character in Swift, and a newline: split on any line break.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.trimmingWhitespace().isEmpty == true { lines.removeLast() }
        let allowedHeaders = (0...optionalColumns.count).map { required + optionalColumns.prefix($0) }
        guard let first = lines.first, let named = Self.split(first)?.map({ $0.trimmingWhitespace().lowercased() }),
              allowedHeaders.contains(named) else {
            throw RevCycleError(.malformedInput, "The first line must be the header \((required + optionalColumns).joined(separator: ","))\(optionalColumns.isEmpty ? "" : " (the last \(optionalColumns.count) optional)").",
                                at: "\(file):1")
        }
        let header = named
        var rows: [Row] = []
        var problems = CSVProblems(file: file)
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingWhitespace().isEmpty {
            guard let cells = Self.split(line), cells.count == header.count else {
                problems.add(line: index + 1, column: nil,
                             "expected \(header.count) comma-separated fields (\(header.joined(separator: ","))).")
                continue
            }
            rows.append(Row(line: index + 1, cells: Dictionary(uniqueKeysWithValues: zip(header, cells.map { $0.trimmingWhitespace() }))))
        }
        try problems.throwIfAny(what: "loaded")
        guard !rows.isEmpty else { throw RevCycleError(.malformedInput, "The file has a header but no rows.", at: file) }
        self.file = file
        self.header = header
        self.rows = rows
    }

    /// The cells of one CSV line (RFC 4180 quoting), or `nil` when a quote is left open.
    public static func split(_ line: String) -> [String]? {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            switch (character, quoted) {
            case ("\"", true) where pending == "\"":
                cell.append("\"")
                pending = iterator.next()
            case ("\"", true): quoted = false
            case ("\"", false) where cell.isEmpty: quoted = true
            case (",", false):
                cells.append(cell)
                cell = ""
            default: cell.append(character)
            }
        }
        guard !quoted else { return nil }
        cells.append(cell)
        return cells
    }
}

/// Problems found while reading a file line by line; thrown together so all can be fixed at once.
public struct CSVProblems: Sendable {
    public let file: String
    public private(set) var messages: [String] = []

    public init(file: String) { self.file = file }

    public mutating func add(line: Int, column: String?, _ message: String) {
        messages.append("\(file):\(line)\(column.map { " (\($0))" } ?? ""): \(message)")
    }

    /// Records a ``RevCycleError`` from checking one row, naming its field.
    public mutating func add(line: Int, _ error: RevCycleError) {
        add(line: line, column: error.inputLocation, error.message)
    }

    /// - Throws: `malformedInput` listing every problem, saying that nothing was `what` (imported, read).
    public func throwIfAny(what: String) throws {
        guard !messages.isEmpty else { return }
        throw RevCycleError(.malformedInput, "\(messages.count) problem(s); nothing was \(what):\n" + messages.joined(separator: "\n"),
                            at: file, remedy: "fix the lines named and try again")
    }
}
