namespace ClaimGraph.Store.Sqlite.Search;

/// <summary>How <see cref="FtsMatch"/> writes each normalised form as an FTS5 phrase.</summary>
internal enum FtsPhrase
{
    /// <summary>Words the form begins (a one-letter form: only itself). What a search means.</summary>
    Prefix,

    /// <summary>Only the form itself: FTS5 reads its doclist lazily, so a LIMIT stops it.</summary>
    WholeWord,

    /// <summary>
    /// Words beginning with the form's first three letters (fewer when shorter): FTS5 keeps 2- and 3-letter prefixes in
    /// indexes of their own (prefix = '2 3') and reads them lazily like words, where a longer prefix first merges the
    /// doclists of every word it covers. A superset of <see cref="Prefix"/>: the caller checks each row's text.
    /// </summary>
    IndexedPrefix,
}
