using ClaimGraph.Core.Store;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>Turns SQLite's result codes into the port's exceptions.</summary>
internal static class SqliteErrors
{
    private const int Constraint = 19;

    // Codes that say the file or its locks are the problem, not the request.
    private static readonly HashSet<int> Unavailable =
    [
        5, // SQLITE_BUSY
        6, // SQLITE_LOCKED
        8, // SQLITE_READONLY
        10, // SQLITE_IOERR
        11, // SQLITE_CORRUPT
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
        15, // SQLITE_PROTOCOL
        23, // SQLITE_AUTH
        26, // SQLITE_NOTADB
    ];

    public static bool IsConstraint(SqliteException e) => e.SqliteErrorCode == Constraint;

    public static bool IsTranslatable(SqliteException e) =>
        IsConstraint(e) || Unavailable.Contains(e.SqliteErrorCode);

    public static Exception Translate(SqliteException e, string databasePath)
    {
        if (IsConstraint(e))
            return new StoreConstraintException($"The store refused the write: {Detail(e)}.", e);
        if (Unavailable.Contains(e.SqliteErrorCode))
            return new StoreUnavailableException($"The ClaimGraph database at '{databasePath}' is unavailable: {Detail(e)}.", e);
        return e;
    }

    // Microsoft.Data.Sqlite words its messages "SQLite Error 19: 'NOT NULL constraint failed: actors.name'.".
    private static string Detail(SqliteException e)
    {
        var message = e.Message;
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = message.LastIndexOf('\'');
        return open >= 0 && close > open ? message[(open + 1)..close] : message;
    }
}
