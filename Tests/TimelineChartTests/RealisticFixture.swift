@testable import TimelineChart

/// A timeline shaped like the default corpus: three lanes, 1600s to 2001, most events
/// after 1850, long titles, every precision and cue. The labels are invented for this
/// test and say nothing about real events.
enum RealisticFixture {
    static let lanes = [
        TimelineLane(id: "east", title: "Eastern neighbour and the kingdom"),
        TimelineLane(id: "west", title: "Western power and the kingdom"),
        TimelineLane(id: "home", title: "The kingdom"),
    ]

    static var spec: TimelineSpec {
        TimelineSpec(id: "realistic", title: "Relations of the kingdom, 1600–2001",
                     description: "Fifty synthetic events in three lanes.", lanes: lanes,
                     events: east + west + home)
    }

    private typealias F = Fixtures

    static let east: [TimelineMark] = [
        F.mark("e01", "First contact between the two courts", lane: "east", F.day(1600),
               F.day(1700) - 1, .century, approximate: true, dateText: "17th century"),
        F.between("e02", "Frontier on the great river settled", lane: "east", 1858, 1861),
        F.onDay("e03", "Treaty of amity and commerce signed", lane: "east", 1884, 7, 7),
        F.between("e04", "The kingdom a target of expansion", lane: "east", 1890, 1905),
        F.inYear("e05", "King takes refuge in the legation", lane: "east", 1896),
        F.onDay("e06", "Protocol on advisers", lane: "east", 1896, 6, 9, disputed: true),
        F.inYear("e07", "Timber concession granted", lane: "east", 1898, uncertain: true),
        F.between("e08", "War with the island empire", lane: "east", 1904, 1905),
        F.onDay("e09", "Peace treaty signed abroad", lane: "east", 1905, 9, 5),
        F.between("e10", "Émigré communities grow", lane: "east", 1910, 1937,
                  approximate: true),
        F.inYear("e11", "Deportation of settlers", lane: "east", 1937),
        F.onDay("e12", "Troops enter the north", lane: "east", 1945, 8, 12),
        F.between("e13", "Occupation of the north", lane: "east", 1945, 1948),
        F.onDay("e14", "Treaty of friendship and mutual assistance", lane: "east", 1961, 7, 6),
        F.between("e15", "Aid and advisers", lane: "east", 1953, 1960, approximate: true),
        F.inYear("e16", "Relations cool", lane: "east", 1962, uncertain: true),
        F.inMonth("e17", "Leader visits the capital", lane: "east", 1984, 5),
        F.onDay("e18", "Diplomatic ties with the south", lane: "east", 1990, 9, 30),
        F.between("e19", "Trade collapses", lane: "east", 1991, 2001, openEnd: true),
    ]

    static let west: [TimelineMark] = [
        F.inYear("w01", "Merchant ship burned", lane: "west", 1866),
        F.inYear("w02", "Punitive expedition", lane: "west", 1871, disputed: true),
        F.onDay("w03", "Treaty of peace, amity, commerce and navigation", lane: "west",
                1882, 5, 22),
        F.inYear("w04", "First envoy arrives", lane: "west", 1883),
        F.between("w05", "Missionaries open schools", lane: "west", 1885, 1910,
                  approximate: true),
        F.inYear("w06", "Gold mine concession", lane: "west", 1895, approximate: true),
        F.inYear("w07", "Secret agreement with the island empire", lane: "west", 1905),
        F.onDay("w08", "Liberation", lane: "west", 1945, 8, 15),
        F.between("w09", "Military government", lane: "west", 1945, 1948),
        F.onDay("w10", "War begins", lane: "west", 1950, 6, 25),
        F.onDay("w11", "Armistice", lane: "west", 1953, 7, 27),
        F.onDay("w12", "Mutual defence treaty", lane: "west", 1953, 10, 1),
        F.between("w13", "Large aid programmes", lane: "west", 1954, 1961),
        F.inYear("w14", "Troops sent overseas", lane: "west", 1965, uncertain: true),
        F.onDay("w15", "Ship seized at sea", lane: "west", 1968, 1, 23),
        F.inYear("w16", "Scandal over lobbying", lane: "west", 1976),
        F.between("w17", "Trade frictions", lane: "west", 1980, 1995, approximate: true),
        F.onDay("w18", "Framework agreement", lane: "west", 1994, 10, 21),
    ]

    static let home: [TimelineMark] = [
        F.between("h01", "Seclusion", lane: "home", 1640, 1876, approximate: true,
                  openStart: true),
        F.inYear("h02", "Coup attempt", lane: "home", 1884),
        F.inYear("h03", "Peasant uprising", lane: "home", 1894),
        F.between("h04", "Colonial rule", lane: "home", 1910, 1945),
        F.onDay("h05", "Independence movement", lane: "home", 1919, 3, 1),
        F.onDay("h06", "Republic in the south proclaimed", lane: "home", 1948, 8, 15),
        F.onDay("h07", "Republic in the north proclaimed", lane: "home", 1948, 9, 9),
        F.between("h08", "Civil war", lane: "home", 1950, 1953),
        F.inYear("h09", "Student revolution", lane: "home", 1960),
        F.inYear("h10", "Military coup", lane: "home", 1961, disputed: true),
        F.onDay("h11", "Olympic Games open", lane: "home", 1988, 9, 17),
        F.onDay("h12", "Both states join the world body", lane: "home", 1991, 9, 17),
        F.inYear("h13", "Famine", lane: "home", 1995, approximate: true, uncertain: true),
    ]
}
