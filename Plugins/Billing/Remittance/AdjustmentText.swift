import X12

/// CAS adjustments kept as text in the store: `CO:45:9400;PR:1:10000` (group, reason, cents).
enum AdjustmentText {
    static func encode(_ adjustments: [RemittanceAdjustment]) -> String {
        adjustments.map { "\($0.group.rawValue):\($0.reason):\($0.amount)" }.joined(separator: ";")
    }

    static func decode(_ text: String) -> [RemittanceAdjustment] {
        text.split(separator: ";").compactMap { item in
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 3, let group = RemittanceAdjustment.Group(rawValue: parts[0]), let amount = Int64(parts[2]) else { return nil }
            return RemittanceAdjustment(group, reason: parts[1], amount: amount)
        }
    }
}
