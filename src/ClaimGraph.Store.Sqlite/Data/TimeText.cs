using System.Globalization;

namespace ClaimGraph.Store.Sqlite.Data;

/// <summary>
/// Times are stored as fixed-width UTC text, which sorts and compares as time does, plus the
/// original offset in minutes so a value reads back exactly as it was written.
/// </summary>
internal static class TimeText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string? Utc(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static int? OffsetMinutes(DateTimeOffset? value) =>
        value is null ? null : (int)value.Value.Offset.TotalMinutes;

    public static DateTimeOffset? Read(string? utc, int? offsetMinutes)
    {
        if (utc is null)
            return null;
        var instant = DateTime.ParseExact(utc, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return new DateTimeOffset(instant, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes ?? 0));
    }
}
