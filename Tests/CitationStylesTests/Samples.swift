import BibTeX

/// Entries used across the formatting tests, read from BibTeX so the tests also cover
/// the reader-to-formatter path.
enum Samples {
    static let bib = #"""
        @techreport{gelman1984future,
          author = {Gelman, Harry and Levin, Norman D.},
          title = {The Future of Soviet--North Korean Relations},
          institution = {Rand Corporation}, address = {Santa Monica, CA},
          number = {R-3159-AF}, year = 1984, month = oct,
        }
        @book{lankov2002stalin,
          author = {Andrei Lankov},
          title = {From Stalin to Kim Il Sung},
          subtitle = {The Formation of North Korea, 1945--1960},
          publisher = {Rutgers University Press}, address = {New Brunswick, NJ}, year = 2002,
        }
        @inproceedings{oaho1983notions,
          author = {Alfred V. Oaho and Jeffrey D. Ullman and Mihalis Yannakakis},
          title = {On Notions of Information Transfer in {VLSI} Circuits},
          booktitle = {Proc. Fifteenth Annual ACM Symposium on the Theory of Computing},
          editor = {Wizard V. Oz and Mihalis Yannakakis},
          pages = {133--139}, publisher = {Academic Press}, address = {Boston}, year = 1983,
        }
        @article{four2001,
          author = {Smith, Jane and Doe, John and Roe, Richard and Poe, Edgar},
          title = {Four Authors Wrote This}, journal = {Journal of Tests},
          volume = 12, number = 3, pages = {101--108}, year = 2001,
        }
        @book{chung1992korea,
          editor = {Chung, Chin O. and Kim, Young},
          title = {Korea and the Powers}, publisher = {Example Press}, address = {Seoul},
          year = 1992,
        }
        @book{averroes1982epistle,
          author = {Averroes},
          title = {The Epistle on the Possibility of Conjunction},
          editor = {Bland, Kalman P.}, translator = {Bland, Kalman P.},
          series = {Moreshet}, number = 7,
          publisher = {Jewish Theological Seminary of America}, location = {New York},
          date = 1982,
        }
        @incollection{westfahl2000frontier,
          author = {Westfahl, Gary}, title = {The True Frontier},
          pages = {55--65}, crossref = {westfahl2000space},
        }
        @collection{westfahl2000space,
          editor = {Westfahl, Gary}, title = {Space and Beyond},
          publisher = {Greenwood}, address = {Westport, CT}, year = 2000,
        }
        @article{cohen1963independence,
          author = {P. J. Cohen},
          title = {The Independence of the Continuum Hypothesis},
          journal = {Proceedings of the National Academy of Sciences},
          year = 1963, volume = {50}, number = {6}, pages = {1143--1148},
        }
        @article{keng2017expanding,
          author = {Keng, Shao-Hsun and Lin, Chun-Hung and Orazem, Peter F.},
          title = {Expanding College Access in Taiwan, 1978--2014},
          journal = {Journal of Human Capital}, volume = 11, number = 1, month = {Spring},
          pages = {1--34}, year = 2017, doi = {10.1086/690235},
        }
        @article{manjoo2017snap,
          author = {Manjoo, Farhad},
          title = {Snap Makes a Bet on the Cultural Supremacy of the Camera},
          journal = {New York Times}, date = {2017-03-08},
          url = {https://www.nytimes.com/2017/03/08/technology/snap.html},
        }
        @article{pravda19840524,
          title = {Friendship Delegation Arrives}, journal = {Pravda},
          year = 1984, month = may, day = 24,
        }
        @phdthesis{phony1988fighting,
          author = {F. Phidias Phony-Baloney},
          title = {Fighting Fire with Fire: Festooning {F}rench Phrases},
          school = {Fanstord University}, year = 1988,
        }
        @mastersthesis{masterly1988mastering,
          author = {Edouard Masterly}, title = {Mastering Thesis Writing},
          school = {Stanford University}, year = 1988,
        }
        @online{yale-facts,
          author = {{Yale University}}, title = {About Yale: Yale Facts},
          url = {https://www.yale.edu/about-yale/yale-facts}, urldate = {2017-05-01},
        }
        @book{undated,
          author = {{Rand Corporation}}, title = {Annual Report},
          publisher = {Rand Corporation}, address = {Santa Monica, CA},
        }
        @unpublished{underwood1988lower,
          author = {Ulrich Underwood and Ned Net and Paul Pot},
          title = {Lower Bounds for Wishful Research Results},
          note = {Talk at Fanstord University}, year = 1988,
        }
        """#

    static let entries: [String: BibEntry] = {
        let read = BibTeXReader.read(bib).entries
        return Dictionary(uniqueKeysWithValues: read.map { ($0.key, $0) })
    }()

    /// The entry for `key`; a missing key is a mistake in this file, shown as an empty misc.
    static func entry(_ key: String) -> BibEntry {
        entries[key] ?? BibEntry(key: key, type: .misc, fields: [:])
    }
}
