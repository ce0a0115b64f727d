extension X12Error.Code {
    /// A segment or loop that a typed transaction requires is not there (no NM1 in a 2100 loop, no
    /// subscriber level in a 271).
    public static let missingSegment = X12Error.Code("missing-segment")
    /// HL segments do not form the transaction's hierarchy: an HL02 names no earlier level, a level
    /// hangs under the wrong kind of parent, or an HL01 repeats.
    public static let invalidHierarchy = X12Error.Code("invalid-hierarchy")
    /// The transaction set or group is not the one asked for (a 271 where a 270 was expected).
    public static let unexpectedTransaction = X12Error.Code("unexpected-transaction")
}

// MARK: - Reading typed elements

extension X12Segment {
    /// The element's reference designator, such as `EB07`.
    func name(_ position: Int) -> String {
        location(element: position).elementName ?? id
    }

    /// The element's value, or `nil` when it is empty.
    func optional(_ position: Int) -> String? {
        let value = self[position]
        return value.isEmpty ? nil : value
    }

    /// The element's value; throws when it is empty.
    func required(_ position: Int, _ expected: String) throws(X12Error) -> String {
        guard let value = optional(position) else {
            throw X12Error(.invalidValue, "\(name(position)) is empty; expected \(expected)", at: location(element: position))
        }
        return value
    }

    /// The element converted by `convert`, or `nil` when it is empty; throws
    /// `<element> <problem>; expected <expected>` when `convert` gives `nil`.
    func converted<Value>(
        _ position: Int, _ convert: (String) -> Value?, problem: String, expected: String
    ) throws(X12Error) -> Value? {
        guard let text = optional(position) else { return nil }
        guard let value = convert(text) else {
            throw X12Error(.invalidValue, "\(name(position)) \(problem); expected \(expected)", at: location(element: position))
        }
        return value
    }

    /// The element as a `CCYYMMDD` date, or `nil` when it is empty.
    func date(_ position: Int, _ meaning: String) throws(X12Error) -> X12Date? {
        try converted(position, X12Date.init(x12:), problem: "is not a date", expected: "\(meaning) as CCYYMMDD")
    }

    /// The element as an exact decimal, or `nil` when it is empty.
    func decimal(_ position: Int, _ meaning: String) throws(X12Error) -> X12Decimal? {
        try converted(position, X12Decimal.init(x12:), problem: "is not a decimal number", expected: meaning)
    }

    /// The element as an amount in cents, or `nil` when it is empty.
    func cents(_ position: Int) throws(X12Error) -> Int64? {
        // Read the element once: amounts are the most common typed value of a remittance.
        let meaning = "an amount in dollars and cents such as 25 or 12.34"
        guard let text = optional(position) else { return nil }
        guard let decimal = X12Decimal(x12: text) else {
            throw X12Error(.invalidValue, "\(name(position)) is not a decimal number; expected \(meaning)", at: location(element: position))
        }
        guard let cents = decimal.scaled(to: 2) else {
            throw X12Error(
                .invalidValue, "\(name(position)) has more than 2 decimal places; expected \(meaning)", at: location(element: position))
        }
        return cents
    }

    /// The element as a fraction (`.2` is 20 %) in basis points, or `nil` when it is empty.
    func basisPoints(_ position: Int) throws(X12Error) -> Int? {
        let meaning = "a fraction from 0 to 1 such as .2 for 20 %"
        guard let decimal = try decimal(position, meaning) else { return nil }
        return try converted(
            position, { _ in decimal.scaled(to: 4).flatMap { (0...10_000).contains($0) ? Int($0) : nil } },
            problem: "is not a fraction from 0 to 1 with at most 4 decimal places", expected: meaning)
    }
}

// MARK: - Writing

extension X12Segment {
    /// A segment from optional values, empty where `nil` (the writer drops trailing empty elements).
    init(_ id: String, values: [String?]) {
        self.init(id, values.map { X12Element($0 ?? "") })
    }
}
