using System.Globalization;

namespace ClaimGraph.Store.Neo4j.Records;

/// <summary>
/// Times are stored as the SQLite store stores them: fixed-width UTC ISO text (which sorts and
/// compares as time does, so keyset paging needs no temporal functions) plus the original offset in
/// minutes, so a value reads back exactly as written.
/// </summary>
internal static class TimeText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string? Utc(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static long? OffsetMinutes(DateTimeOffset? value) =>
        value is null ? null : (long)value.Value.Offset.TotalMinutes;

    public static DateTimeOffset? Read(object? utc, object? offsetMinutes)
    {
        if (utc is not string text)
            return null;
        var instant = DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var offset = offsetMinutes is long minutes ? minutes : 0;
        return new DateTimeOffset(instant, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset));
    }
}
