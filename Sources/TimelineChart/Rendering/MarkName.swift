/// The accessible name and tooltip of a mark: its whole label, then in brackets its
/// date text and the cues its shape shows, so nothing rests on the drawing alone.
///
/// "Treaty signed (7 July 1884; approximate, sources disagree)".
enum MarkName {
    static func text(for mark: TimelineMark) -> String {
        var cues: [String] = []
        if mark.approximate { cues.append("approximate") }
        if mark.uncertain { cues.append("uncertain") }
        if mark.disputed { cues.append("sources disagree") }
        let dateText = mark.dateText.trimmingSpaces
        let details = [dateText, cues.joined(separator: ", ")].filter { !$0.isEmpty }
        let label = mark.label.trimmingSpaces
        guard !details.isEmpty else { return label }
        return (label.isEmpty ? "" : label + " ") + "(" + details.joined(separator: "; ") + ")"
    }
}

extension String {
    /// The string without spaces, tabs and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
