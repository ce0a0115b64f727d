// MARK: - Reading amounts and codes of remittances and acknowledgments

extension X12Segment {
    /// The element as an amount in cents; throws when it is empty or not an amount.
    func requiredCents(_ position: Int, _ meaning: String) throws(X12Error) -> Int64 {
        guard let cents = try cents(position) else {
            throw X12Error(
                .invalidValue, "\(name(position)) is empty; expected \(meaning) in dollars and cents",
                at: location(element: position))
        }
        return cents
    }

    /// The element as a whole count (QTY02, AK902), or `nil` when it is empty.
    func count(_ position: Int, _ meaning: String) throws(X12Error) -> Int? {
        try converted(position, { Int($0).flatMap { $0 >= 0 ? $0 : nil } }, problem: "is not a count", expected: meaning)
    }

    /// The element as a whole count; throws when it is empty.
    func requiredCount(_ position: Int, _ meaning: String) throws(X12Error) -> Int {
        guard let count = try count(position, meaning) else {
            throw X12Error(.invalidValue, "\(name(position)) is empty; expected \(meaning)", at: location(element: position))
        }
        return count
    }

    /// The element read by `init(rawValue:)` of a code list; throws naming the codes allowed.
    func code<Code: RawRepresentable>(_ position: Int, _ type: Code.Type, expected: String) throws(X12Error) -> Code
    where Code.RawValue == String {
        guard let code = Code(rawValue: self[position]) else {
            throw X12Error(
                .invalidValue, "\(name(position)) is \(X12Error.quote(self[position])); expected \(expected)",
                at: location(element: position))
        }
        return code
    }
}

extension X12Segment {
    /// The element as a `CCYYMMDD` date; throws when it is empty or not a date.
    func requiredDate(_ position: Int, _ meaning: String) throws(X12Error) -> X12Date {
        guard let date = try date(position, meaning) else {
            throw X12Error(
                .invalidValue, "\(name(position)) is empty; expected \(meaning) as CCYYMMDD",
                at: location(element: position))
        }
        return date
    }
}
